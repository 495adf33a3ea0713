import { describe, expect, it } from 'vitest';
import { parseBirthDate, parseFhirDateTime, parseHl7Timestamp, parseLooseDateTime, shanghaiNow } from '../../lib/import/shanghai-datetime.ts';

const iso = (parsed: { ok: boolean; iso?: string; message?: string }) => (parsed.ok ? parsed.iso : `ERR ${parsed.message}`);

// The unit project runs under Asia/Shanghai and America/Los_Angeles: none of these may depend on it.
describe('dates without an offset are Asia/Shanghai, whatever the machine zone', () => {
  it.each([
    ['2026-11-03 10:20', '2026-11-03T10:20:00+08:00'],
    ['2026/11/03 10:20:00', '2026-11-03T10:20:00+08:00'],
    ['2026/1/3 8:05', '2026-01-03T08:05:00+08:00'],
    ['2026年11月3日 10:20', '2026-11-03T10:20:00+08:00'],
    ['2026-11-03T10:20:00', '2026-11-03T10:20:00+08:00'],
    ['20261103102000', '2026-11-03T10:20:00+08:00'],
    ['2026-11-03', '2026-11-03'],
    ['2026-11-03T02:20:00Z', '2026-11-03T10:20:00+08:00'],
    ['2026-11-02T18:20:00-08:00', '2026-11-03T10:20:00+08:00'],
    ['2026-11-03 00:30', '2026-11-03T00:30:00+08:00'],
  ])('%s → %s', (text, expected) => {
    expect(iso(parseLooseDateTime(text))).toBe(expected);
  });

  it('refuses what it would have to guess', () => {
    expect(iso(parseLooseDateTime('03/11/2026'))).toMatch(/^ERR 无法识别/);
    expect(iso(parseLooseDateTime('26-11-03'))).toMatch(/^ERR/);
    expect(iso(parseLooseDateTime('46329.43'))).toMatch(/Excel 日期序号/);
    expect(iso(parseLooseDateTime('2026-02-29'))).toMatch(/日期不存在/);
    expect(iso(parseLooseDateTime('2026-11-03 24:00'))).toMatch(/时间不存在/);
  });

  it('reads HL7 v2 timestamps', () => {
    expect(iso(parseHl7Timestamp('202611031020'))).toBe('2026-11-03T10:20:00+08:00');
    expect(iso(parseHl7Timestamp('20261103102030.123'))).toBe('2026-11-03T10:20:30+08:00');
    expect(iso(parseHl7Timestamp('20261103000000+0000'))).toBe('2026-11-03T08:00:00+08:00');
    expect(iso(parseHl7Timestamp('20261103'))).toBe('2026-11-03');
    expect(iso(parseHl7Timestamp('202611'))).toMatch(/只精确到年或月/);
  });

  it('reads FHIR dateTime, and a zone-less time as Shanghai', () => {
    expect(iso(parseFhirDateTime('2026-11-03T10:20:00+08:00'))).toBe('2026-11-03T10:20:00+08:00');
    expect(iso(parseFhirDateTime('2026-11-03T10:20:00'))).toBe('2026-11-03T10:20:00+08:00');
    expect(iso(parseFhirDateTime('2026-11-03T02:20:00.000Z'))).toBe('2026-11-03T10:20:00+08:00');
    expect(iso(parseFhirDateTime('2026-11'))).toMatch(/只精确到年或月/);
  });

  it('reads birth dates as dates', () => {
    expect(iso(parseBirthDate('1960/3/2'))).toBe('1960-03-02');
    expect(iso(parseBirthDate('19600302'))).toBe('1960-03-02');
  });

  it('writes now as Shanghai time', () => {
    expect(shanghaiNow(new Date('2026-11-22T20:30:00Z'))).toBe('2026-11-23T04:30:00+08:00');
  });
});
