import { describe, expect, it } from 'vitest';
import {
  ageFitsBirthDate,
  shortTag,
  identifiersConflict,
  identityScreenKey,
  maskIdentifier,
  normalizeSex,
  parseAgeText,
  personNameVariants,
  samePersonName,
} from '../../lib/matching/identity-match.ts';

describe('name + sex + age candidates (please confirm, never a link)', () => {
  it('reads the ages HIS screens print', () => {
    expect(parseAgeText('66')).toEqual({ years: 66 });
    expect(parseAgeText('66岁')).toEqual({ years: 66 });
    expect(parseAgeText(' 66 岁 ')).toEqual({ years: 66 });
    expect(parseAgeText('66Y')).toEqual({ years: 66 });
    expect(parseAgeText('１岁２月')).toEqual({ years: 1, months: 2 });
    expect(parseAgeText('3个月')).toEqual({ months: 3 });
    expect(parseAgeText('15天')).toEqual({ days: 15 });
    expect(parseAgeText('66岁(周岁)')).toEqual({ years: 66 });
    expect(parseAgeText('3个月12天')).toEqual({ months: 3, days: 12 });
    expect(parseAgeText('3周')).toEqual({ weeks: 3 });
    for (const unreadable of ['', undefined, '岁', '成人', '66-67', '六十六岁', '8小时']) expect(parseAgeText(unreadable)).toBeUndefined();
  });

  it('fits an age to a birth date on the day, exactly for months and days', () => {
    // Born 1960-03-02: 66 from 2026-03-02 on; 65 the day before.
    expect(ageFitsBirthDate('66岁', '1960-03-02', '2026-11-24')).toBe(true);
    expect(ageFitsBirthDate('66岁', '1960-03-02', '2026-03-02')).toBe(true);
    // Some HIS print this year minus the birth year: 66 on 2026-03-01 too, and the doctor still checks the date.
    expect(ageFitsBirthDate('66岁', '1960-03-02', '2026-03-01')).toBe(true);
    expect(ageFitsBirthDate('65岁', '1960-03-02', '2026-03-01')).toBe(true);
    expect(ageFitsBirthDate('64岁', '1960-03-02', '2026-11-24')).toBe(false);
    expect(ageFitsBirthDate('67', '1960-03-02', '2026-11-24')).toBe(false);
    expect(ageFitsBirthDate('3个月', '2026-08-20', '2026-11-24')).toBe(true);
    expect(ageFitsBirthDate('3个月', '2026-08-25', '2026-11-24')).toBe(false);
    expect(ageFitsBirthDate('1岁2月', '2025-09-10', '2026-11-24')).toBe(true);
    expect(ageFitsBirthDate('15天', '2026-11-09', '2026-11-24')).toBe(true);
    expect(ageFitsBirthDate('14天', '2026-11-09', '2026-11-24')).toBe(false);
    // Days and weeks printed beside months must be exact too.
    expect(ageFitsBirthDate('1岁15天', '2025-01-09', '2026-11-24')).toBe(false); // no months printed: 1 year 0 months is not 1 year 10
    expect(ageFitsBirthDate('1岁10月14天', '2025-01-09', '2026-11-24')).toBe(false); // months fit, the days do not
    expect(ageFitsBirthDate('1岁10月15天', '2025-01-09', '2026-11-24')).toBe(true);
    expect(ageFitsBirthDate('3个月12天', '2026-08-12', '2026-11-24')).toBe(true);
    expect(ageFitsBirthDate('3个月12天', '2026-08-01', '2026-11-24')).toBe(false); // 3 months 23 days
    expect(ageFitsBirthDate('3周', '2026-11-01', '2026-11-24')).toBe(true); // 23 days: 3 whole weeks
    expect(ageFitsBirthDate('4周', '2026-11-01', '2026-11-24')).toBe(false);
    // A month ends on the last day of a month without the day of birth; a leap-day baby has a birthday on 02-28.
    expect(ageFitsBirthDate('1月', '2026-01-31', '2026-02-28')).toBe(true);
    expect(ageFitsBirthDate('1岁0月', '2024-02-29', '2025-02-28')).toBe(true);
    expect(ageFitsBirthDate('1岁', '2024-02-29', '2025-02-27')).toBe(true); // this year minus the birth year
    expect(ageFitsBirthDate('11个月', '2024-02-29', '2025-02-27')).toBe(true);
    // Unreadable ages and birth dates in the future never fit.
    expect(ageFitsBirthDate('成人', '1960-03-02', '2026-11-24')).toBe(false);
    expect(ageFitsBirthDate('0', '2027-01-01', '2026-11-24')).toBe(false);
  });

  it('compares names across width, spaces and the middle dot’s forms', () => {
    expect(samePersonName('王 德明', '王德明')).toBe(true);
    expect(personNameVariants('阿依古丽·买买提')).toEqual(['阿依古丽·买买提', '阿依古丽•买买提', '阿依古丽・买买提', '阿依古丽.买买提']);
    // The same call twice gives the same answer (no regex state carried between calls).
    expect(personNameVariants('阿依古丽·买买提')).toHaveLength(4);
    expect(samePersonName('阿依古丽•买买提', '阿依古丽·买买提')).toBe(true);
    expect(samePersonName('王德明', '王得明')).toBe(false);
    expect(samePersonName('', '')).toBe(false);
    expect(personNameVariants(' 王 德明 ')).toEqual(['王 德明', '王德明']);
    expect(personNameVariants('  ')).toEqual([]);
  });

  it('reads sex as screens print it, and nothing else', () => {
    expect(['男', 'M', 'male', '1', '男性'].map(normalizeSex)).toEqual(['男', '男', '男', '男', '男']);
    expect(['女', 'f', 'Female', '2'].map(normalizeSex)).toEqual(['女', '女', '女', '女']);
    expect(['未知', '', undefined, '9'].map(normalizeSex)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('two people when the ID card numbers differ; another HIS number, a visit number or a masked one says nothing', () => {
    const stored = ['idCard:510104196003020011', 'hisPatientId:MZ1', 'hisVisitId:V1', 'insuranceCard:YB1'];
    expect(identifiersConflict({ idCard: '510104196003020022' }, stored)).toBe(true);
    // A temporary registration or a second card: another patient number for the same person.
    expect(identifiersConflict({ hisPatientId: 'LS9' }, stored)).toBe(false);
    expect(identifiersConflict({ insuranceCard: 'YB2' }, stored)).toBe(false);
    expect(identifiersConflict({ idCard: '510104196003020011' }, stored)).toBe(false);
    expect(identifiersConflict({ hisVisitId: 'V2' }, stored)).toBe(false);
    expect(identifiersConflict({ idCard: '51010419600302****' }, stored)).toBe(false);
    // A masked stored value (imports from screens that mask) proves nothing either.
    expect(identifiersConflict({ idCard: '510104196003020022' }, ['idCard:51010419600302****'])).toBe(false);
    // A kind the stored patient has none of proves nothing either way.
    expect(identifiersConflict({ insuranceCard: 'YB9' }, stored)).toBe(false);
  });

  it('keys a confirmation by what the screen showed and the day', () => {
    const patient = { ids: { hisVisitId: 'V2' }, name: '王 德明', sex: 'M', age: '66 岁' };
    expect(identityScreenKey(patient, '2026-11-24')).toBe('王德明|男|66岁|hisVisitId=V2|2026-11-24');
    expect(identityScreenKey(patient, '2026-11-25')).not.toBe(identityScreenKey(patient, '2026-11-24'));
    expect(identityScreenKey({ ...patient, age: '65岁' }, '2026-11-24')).not.toBe(identityScreenKey(patient, '2026-11-24'));
  });

  it('tags a showing shortly and stably', () => {
    expect(shortTag('')).toBe('ztntfp'); // FNV-1a's offset basis, 0x811c9dc5, in base 36
    expect(shortTag('screen|1|A')).not.toBe(shortTag('screen|2|A'));
    expect(shortTag('x'.repeat(500)).length).toBeLessThanOrEqual(7);
  });

  it('masks identifiers to what a doctor compares with a card', () => {
    expect(maskIdentifier('510104196003020011')).toBe('5101**********0011');
    expect(maskIdentifier('MZ20260001')).toBe('******0001');
    expect(maskIdentifier('YB12')).toBe('***2');
  });
});
