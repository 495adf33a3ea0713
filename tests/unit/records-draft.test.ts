import { describe, expect, it } from 'vitest';
import { draftRecord, type RecordInput } from '../../lib/records/index.ts';
import type { ExceptionCode } from '../../lib/rules/evaluate-schema.ts';
import { prior } from '../golden/support/request-builder.ts';

const wbcPrior = prior({ itemName: '白细胞', performedAt: '2026-11-20T09:00:00+08:00', archiveNo: 'HX-2026-0042', value: '6.1', unit: '10^9/L' });
const item = { itemName: '白细胞 (WBC)', status: 'required' as const, validUntil: '2026-11-23', ruleSet: 'chuanyu' as const, priorId: 'p1' };
const base: RecordInput = { choice: 'accept', orderName: '血常规', item, prior: wbcPrior, recordedAt: '2026-11-23T10:00:00+08:00', doctorName: '张医生' };

describe('acceptance note (川渝互认规则 三 / 四川实施方案 四(三))', () => {
  it('names item, date, institution, archive number, mark and validity', () => {
    const { text, missing } = draftRecord(base);
    expect(missing).toEqual([]);
    for (const part of ['白细胞 (WBC)', '2026-11-20', '四川大学华西医院', 'HX-2026-0042', '川渝HR', '2026-11-23', '6.1 10^9/L', '互认资料已留存病案', '川渝互认规则 三', '张医生']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('【缺');
  });

  it.each<[string, Partial<RecordInput>, string[]]>([
    ['no archive number', { prior: { ...wbcPrior, archiveNo: undefined } }, ['档案号']],
    ['no prior at all', { prior: undefined }, ['检查/采集日期', '机构名称', '档案号', '互认标识']],
    ['no validity', { item: { ...item, validUntil: undefined } }, ['互认有效期']],
    ['no record date', { recordedAt: undefined }, ['记录日期']],
    ['impossible record date', { recordedAt: '2026-02-30T10:00:00+08:00' }, ['记录日期']],
  ])('%s → lists what is missing and marks it in the text', (_name, change, missing) => {
    const draft = draftRecord({ ...base, ...change });
    expect(draft.missing).toEqual(missing);
    for (const label of missing) expect(draft.text).toContain(`【缺：${label}】`);
  });

  it('cites the Sichuan clause for a 川内HR prior and writes the absence of a mark plainly', () => {
    expect(draftRecord({ ...base, item: { ...item, ruleSet: undefined }, prior: { ...wbcPrior, mark: '川内HR' } }).text).toContain('四川实施方案 四(三)');
    const unmarked = draftRecord({ ...base, item: { ...item, ruleSet: undefined, status: 'optional' }, prior: { ...wbcPrior, mark: null } });
    expect(unmarked.text).toContain('未标注互认标识');
    expect(unmarked.text).toContain('川渝互认规则 三；四川实施方案 四(三)');
    expect(unmarked.missing).toEqual([]);
  });

  it('prints the record date on the Shanghai calendar', () => {
    expect(draftRecord({ ...base, recordedAt: '2026-11-22T17:30:00Z' }).text).toContain('记录日期：2026-11-23');
  });

  it('leaves a signature line when the doctor is not named', () => {
    expect(draftRecord({ ...base, doctorName: undefined }).text).toContain('医师签名：____________');
  });
});

describe('re-test note', () => {
  const retest: RecordInput = { ...base, choice: 'retest', exception: 'condition-changed', informed: { party: 'patient' } };

  it('states the exception with its clause, who was informed, and 经患者或家属同意', () => {
    const { text, missing } = draftRecord(retest);
    expect(missing).toEqual([]);
    expect(text).toContain('因病情变化');
    expect(text).toContain('川渝互认规则 四.1');
    expect(text).toContain('经患者或家属同意');
    expect(text).toContain('已向患者充分告知');
  });

  it.each<[ExceptionCode, 'chuanyu' | 'sichuan', string]>([
    ['condition-changed', 'chuanyu', '川渝互认规则 四.1'],
    ['rapid-change', 'chuanyu', '川渝互认规则 四.2'],
    ['major-procedure', 'chuanyu', '川渝互认规则 四.3'],
    ['emergency', 'chuanyu', '川渝互认规则 四.4'],
    ['patient-request', 'chuanyu', '川渝互认规则 四.5'],
    ['forensic', 'chuanyu', '川渝互认规则 四.6'],
    ['condition-changed', 'sichuan', '四川实施方案 四(四)1'],
    ['rapid-change', 'sichuan', '四川实施方案 四(四)2'],
    ['major-procedure', 'sichuan', '四川实施方案 四(四)3'],
    ['emergency', 'sichuan', '四川实施方案 四(四)4'],
    ['forensic', 'sichuan', '四川实施方案 四(四)5'],
  ])('%s under %s cites %s', (exception, ruleSet, clause) => {
    const draft = draftRecord({ ...retest, exception, item: { ...item, ruleSet } });
    expect(draft.text).toContain(clause);
    expect(draft.missing).toEqual([]);
  });

  it.each<[string, Partial<RecordInput>, string[]]>([
    ['no exception and no reason', { exception: undefined }, ['重新检查原因']],
    ['other without words', { exception: 'other' }, ['“其他情形确需复查”的具体原因']],
    ['nobody informed', { informed: undefined }, ['知情同意人（患者或家属）']],
    ['family without relation', { informed: { party: 'family', name: '李四' } }, ['家属与患者关系']],
    [
      'patient request under Sichuan rules',
      { exception: 'patient-request', item: { ...item, ruleSet: 'sichuan' } },
      ['复查原因（“患者或其家属要求进一步复查”不属于四川实施方案 四(四)所列情形，请按“其他情形确需复查”写明原因）'],
    ],
  ])('%s → missing', (_name, change, missing) => {
    const draft = draftRecord({ ...retest, ...change });
    expect(draft.missing).toEqual(missing);
    expect(draft.text).toContain(`【缺：${missing[0]}】`);
  });

  it('accepts the doctor\'s own words without an exception code, and for other', () => {
    expect(draftRecord({ ...retest, exception: undefined, reasonDetail: '外院报告未注明检测方法' }).missing).toEqual([]);
    const other = draftRecord({ ...retest, exception: 'other', reasonDetail: '外院报告未注明检测方法', item: { ...item, ruleSet: 'sichuan' } });
    expect(other.text).toContain('四川实施方案 四(四)6');
    expect(other.text).toContain('外院报告未注明检测方法');
  });

  it('names family members with their relation', () => {
    const draft = draftRecord({ ...retest, informed: { party: 'family', name: '李四', relation: '配偶' } });
    expect(draft.text).toContain('患者家属（配偶）李四');
  });
});

describe('patient-declines-re-test note', () => {
  const declines: RecordInput = { ...base, choice: 'patient-declines', exception: 'rapid-change', informed: { party: 'family', relation: '女儿' } };

  it('has the reason, signature and date lines', () => {
    const { text, missing } = draftRecord(declines);
    expect(missing).toEqual([]);
    expect(text).toContain('不同意重新检查检验');
    expect(text).toContain('患者/家属签字：');
    expect(text).toContain('签字日期：______年____月____日');
    expect(text).toContain('川渝互认规则 四.2');
  });

  it('lists a missing reason', () => {
    expect(draftRecord({ ...declines, exception: undefined }).missing).toEqual(['重新检查原因']);
  });
});
