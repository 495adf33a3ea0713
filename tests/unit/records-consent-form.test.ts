import { describe, expect, it } from 'vitest';
import { draftConsentForm, escapeHtml, type ConsentFormInput } from '../../lib/records/index.ts';
import { prior } from '../golden/support/request-builder.ts';

const input: ConsentFormInput = {
  hospitalName: '成都市第一人民医院',
  patient: { name: '王五', sex: '男', age: '56岁', recordNo: 'ZY-001' },
  orderName: '头部CT平扫',
  item: { itemName: '头部 CT 平扫', status: 'required', validUntil: '2027-02-18', ruleSet: 'chuanyu' },
  prior: prior({ itemName: '头部CT平扫', archiveNo: 'CT-88' }),
  exception: 'condition-changed',
  reasonDetail: '意识障碍加重',
  doctorName: '张医生',
  recordedAt: '2026-11-23T10:00:00+08:00',
};

describe('知情同意书', () => {
  it('is a complete printable page with both choices and signature lines', () => {
    const { html, missing } = draftConsentForm(input);
    expect(missing).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const part of ['检查检验结果互认知情同意书', '成都市第一人民医院', '王五', '四川大学华西医院', '2026-11-20', 'CT-88', '川渝HR', '川渝互认规则 四.1', '意识障碍加重', '川渝互认规则 三', '同意重新检查检验', '不同意重新检查检验', '患者/家属签字', '张医生']) {
      expect(html).toContain(part);
    }
    expect(html).not.toMatch(/<script|https?:\/\//i);
  });

  it('escapes every interpolated value', () => {
    const hostile = '<img src=x onerror=alert(1)>&"\'';
    const { html } = draftConsentForm({
      ...input,
      hospitalName: hostile,
      patient: { name: hostile, sex: hostile, age: hostile, recordNo: hostile },
      orderName: hostile,
      item: { ...input.item, itemName: hostile },
      prior: { ...input.prior!, archiveNo: hostile, institution: { ...input.prior!.institution, name: hostile } },
      reasonDetail: hostile,
      doctorName: hostile,
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('"\'');
    expect(html).toContain(escapeHtml(hostile));
    const tags = html.match(/<[a-z!/][^>]*>/gi) ?? [];
    for (const tag of tags) expect(tag).toMatch(/^<\/?(!DOCTYPE html|html lang="zh-CN"|html|head|meta charset="utf-8"|title|style|body|h1|h2|p|p class="sign")>$/);
  });

  it.each<[string, Partial<ConsentFormInput>, string[]]>([
    ['no hospital', { hospitalName: undefined }, ['医院名称']],
    ['no patient', { patient: undefined }, ['患者姓名']],
    ['no prior', { prior: undefined }, ['机构名称', '检查/采集日期', '互认标识']],
    ['no reason', { exception: undefined, reasonDetail: undefined }, ['重新检查原因']],
  ])('%s → missing', (_name, change, missing) => {
    const draft = draftConsentForm({ ...input, ...change });
    expect(draft.missing).toEqual(missing);
    for (const label of missing) expect(draft.html).toContain(escapeHtml(`【缺：${label}】`));
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['"x"', '&quot;x&quot;'],
    ["it's", 'it&#39;s'],
    ['中文', '中文'],
  ])('%s → %s', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});
