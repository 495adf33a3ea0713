import { describe, expect, it } from 'vitest';
import { buildCatalogSet } from '../../lib/catalog/catalog-set.ts';
import { evaluate, type EvaluateOptions } from '../../lib/rules/evaluate.ts';
import type { EvaluateRequest, ExceptionCode, Institution, Prior, VerdictStatus } from '../../lib/rules/evaluate-schema.ts';
import { evaluateResponseSchema } from '../../lib/rules/evaluate-schema.ts';
import type { PolicySettingsInput } from '../../lib/rules/policy-settings.ts';
import { fakeMatcher } from '../golden/support/fake-matcher.ts';
import { miniCatalogs, miniPanels, miniSet, nationalLab } from '../golden/support/mini-catalog.ts';
import { chongqingFirst, huaxi, ordering, prior, request } from '../golden/support/request-builder.ts';

const run = (req: EvaluateRequest, options: EvaluateOptions = {}) => {
  const response = evaluate(req, { catalogSet: miniSet, matchOrderName: fakeMatcher, ...options });
  expect(evaluateResponseSchema.safeParse(response).success).toBe(true);
  return response;
};

const firstItem = (req: EvaluateRequest, options: EvaluateOptions = {}) => {
  const verdict = run(req, options).verdicts[0]!;
  const item = verdict.items[0]!;
  return { verdict, item, codes: item.reasons.map((r) => r.code), clauses: item.reasons.map((r) => r.clause) };
};

const level = (institution: Institution, lv: Institution['level']): Institution => ({ ...institution, level: lv });
const county: Institution = { name: '某县中医院', level: '一级', region: 'sichuan', ownership: 'public', alliances: ['某县县域医共体'] };
const privateClinic: Institution = { name: '某民营医院', level: '三级', region: 'sichuan', ownership: 'private' };

interface Case {
  readonly name: string;
  readonly order?: string;
  readonly priors: Partial<Prior>[];
  readonly orderer?: Institution;
  readonly exceptions?: ExceptionCode[];
  readonly exceptionReason?: string;
  readonly qc?: { institution: string; item: string }[];
  readonly now?: string;
  readonly policy?: PolicySettingsInput;
  readonly status: VerdictStatus;
  readonly codes?: string[];
  readonly clause?: string;
}

const cases: Case[] = [
  // Mark scope (D1) and marks' lists
  { name: '川渝HR at a Sichuan orderer', priors: [{}], status: 'required', codes: ['eligible'], clause: '川渝互认规则 二' },
  { name: '川渝HR at a Chongqing orderer', priors: [{}], orderer: chongqingFirst, status: 'required', codes: ['eligible'] },
  { name: '川渝HR outside 川渝', priors: [{}], orderer: { ...ordering, region: 'other' }, status: 'optional', codes: ['mark-out-of-scope'] },
  { name: '川内HR at a Sichuan orderer', priors: [{ mark: '川内HR' }], status: 'required', codes: ['eligible'], clause: '四川实施方案 四(二)' },
  { name: '川内HR at a Chongqing orderer', priors: [{ mark: '川内HR' }], orderer: chongqingFirst, status: 'optional', codes: ['mark-out-of-scope'] },
  { name: '川内HR for an item only the 川渝 list has', order: 'PT', priors: [{ itemName: 'PT', mark: '川内HR', performedAt: '2026-11-22T09:00:00+08:00' }], status: 'optional', codes: ['item-not-in-mark-catalog'] },
  { name: 'national HR without a national list', priors: [{ mark: 'HR' }], status: 'optional', codes: ['national-catalog-missing'] },
  { name: 'national HR read against regional lists by setting', priors: [{ mark: 'HR' }], policy: { nationalMarkWithoutCatalog: 'regional-lists' }, status: 'required', codes: ['eligible', 'national-via-regional-list'] },
  { name: 'no mark', priors: [{ mark: null }], status: 'optional', codes: ['no-mark'], clause: '四川实施方案 四(一)' },
  { name: 'no mark, deployment hides unmarked', priors: [{ mark: null }], policy: { unmarkedPriors: 'not-eligible' }, status: 'not-eligible', codes: ['no-mark'] },
  { name: '川内HR printed by a Chongqing hospital', priors: [{ mark: '川内HR', institution: chongqingFirst }], status: 'optional', codes: ['mark-issuer-mismatch'] },
  { name: '川渝HR printed outside 川渝', priors: [{ institution: { ...huaxi, region: 'other' } }], status: 'optional', codes: ['mark-issuer-mismatch'] },
  { name: 'catalog not yet in force', priors: [{ performedAt: '2023-01-02T09:00:00+08:00' }], now: '2023-01-03T09:00:00+08:00', status: 'optional', codes: ['catalog-not-yet-effective'] },
  // Institutions (川渝互认规则 五; D7–D9)
  { name: 'prior from a 二级 public hospital', priors: [{ institution: level(huaxi, '二级') }], status: 'required', codes: ['eligible'] },
  { name: 'prior from a 一级 hospital', priors: [{ institution: level(huaxi, '一级') }], status: 'optional', codes: ['institution-level'], clause: '川渝互认规则 五' },
  { name: 'prior from an unrated hospital', priors: [{ institution: level(huaxi, '未定级') }], status: 'optional', codes: ['institution-level'] },
  { name: '一级 orderer accepts a 二级 result', priors: [{ institution: level(huaxi, '二级') }], orderer: level(ordering, '一级'), status: 'required', codes: ['eligible'] },
  { name: '一级 orderer, 一级 result', priors: [{ institution: level(huaxi, '一级') }], orderer: level(ordering, '一级'), status: 'optional', codes: ['institution-level'] },
  { name: '一级 result from the same 医联体', priors: [{ institution: county }], orderer: { ...ordering, alliances: ['某县县域医共体'] }, status: 'optional', codes: ['alliance-member'] },
  { name: 'same 医联体, alliance counts as required', priors: [{ institution: county }], orderer: { ...ordering, alliances: ['某县县域医共体'] }, policy: { allianceResults: 'required' }, status: 'required', codes: ['eligible', 'alliance-member'] },
  { name: 'private source', priors: [{ institution: privateClinic }], status: 'optional', codes: ['prior-private'] },
  { name: 'private source treated as public', priors: [{ institution: privateClinic }], policy: { privateInstitutions: 'as-public' }, status: 'required', codes: ['eligible'] },
  { name: 'private orderer', priors: [{}], orderer: { ...ordering, ownership: 'private' }, status: 'optional', codes: ['orderer-private'] },
  { name: '川内HR from a 一级 hospital (D8)', priors: [{ mark: '川内HR', institution: level(huaxi, '一级') }], status: 'optional', codes: ['institution-level'], clause: '川渝互认规则 五；产品决定 D8' },
  { name: '川内HR from a 一级 hospital, level rule for 川渝 only', priors: [{ mark: '川内HR', institution: level(huaxi, '一级') }], policy: { levelRuleScope: 'chuanyu-only' }, status: 'required', codes: ['eligible'] },
  // QC (川渝互认标准 二.4)
  { name: 'QC revoked by abbreviation', priors: [{}], qc: [{ institution: '四川大学华西医院', item: 'wbc' }], status: 'not-eligible', codes: ['qc-revoked'], clause: '川渝互认标准 二.4' },
  { name: 'QC revoked by concept key', priors: [{}], qc: [{ institution: '四川大学华西医院', item: 'lab:WBC' }], status: 'not-eligible', codes: ['qc-revoked'] },
  { name: 'QC revoked by printed name, full-width spaces', priors: [{}], qc: [{ institution: '四川大学华西医院 ', item: '白细胞　(WBC)' }], status: 'not-eligible', codes: ['qc-revoked'] },
  { name: 'QC revoked for another item', priors: [{}], qc: [{ institution: '四川大学华西医院', item: 'ALT' }], status: 'required' },
  { name: 'QC revoked at another institution', priors: [{}], qc: [{ institution: '重庆医科大学附属第一医院', item: 'WBC' }], status: 'required' },
  // Windows
  { name: 'expired', priors: [{ performedAt: '2026-11-19T09:00:00+08:00' }], status: 'not-eligible', codes: ['window-expired'] },
  { name: 'last valid day', priors: [{ performedAt: '2026-11-20T23:00:00+08:00' }], now: '2026-11-23T23:59:00+08:00', status: 'required' },
  { name: 'prior in the future', priors: [{ performedAt: '2026-11-24T09:00:00+08:00' }], status: 'not-eligible', codes: ['prior-in-future'] },
  // Identity (D6)
  { name: 'identity by name/sex/age only', priors: [{ patientMatch: 'demographic' }], status: 'optional', codes: ['identity-unconfirmed'], clause: '产品决定 D6' },
  { name: 'identity not stated', priors: [{ patientMatch: undefined }], status: 'optional', codes: ['identity-unconfirmed'] },
  { name: 'identity confirmed by the doctor', priors: [{ patientMatch: 'confirmed' }], status: 'required' },
  { name: 'unconfirmed identity hidden by setting', priors: [{ patientMatch: 'demographic' }], policy: { unconfirmedIdentity: 'not-eligible' }, status: 'not-eligible', codes: ['identity-unconfirmed'] },
  // Exceptions (川渝互认规则 四 / 四川实施方案 四(四))
  { name: '川渝 emergency', priors: [{}], exceptions: ['emergency'], status: 'exempt', codes: ['exception-emergency', 'eligible'], clause: '川渝互认规则 四.4' },
  { name: 'Sichuan emergency', priors: [{ mark: '川内HR' }], exceptions: ['emergency'], status: 'exempt', codes: ['exception-emergency', 'eligible'], clause: '四川实施方案 四(四)4' },
  { name: '川渝 patient request', priors: [{}], exceptions: ['patient-request'], status: 'exempt', clause: '川渝互认规则 四.5' },
  { name: 'Sichuan patient request is not listed', priors: [{ mark: '川内HR' }], exceptions: ['patient-request'], status: 'required', codes: ['eligible', 'exception-not-listed'] },
  { name: 'Sichuan forensic is 四(四)5', priors: [{ mark: '川内HR' }], exceptions: ['forensic'], status: 'exempt', clause: '四川实施方案 四(四)5' },
  { name: '川渝 forensic is 四.6', priors: [{}], exceptions: ['forensic'], status: 'exempt', clause: '川渝互认规则 四.6' },
  { name: 'Sichuan other is 四(四)6', priors: [{ mark: '川内HR' }], exceptions: ['other'], exceptionReason: '报告单缺方法学', status: 'exempt', clause: '四川实施方案 四(四)6' },
  { name: 'other without a reason', priors: [{}], exceptions: ['other'], status: 'exempt', codes: ['exception-other', 'exception-reason-missing', 'eligible'] },
  { name: 'condition changed', priors: [{}], exceptions: ['condition-changed'], status: 'exempt', clause: '川渝互认规则 四.1' },
  { name: 'rapid change', priors: [{}], exceptions: ['rapid-change'], status: 'exempt', clause: '川渝互认规则 四.2' },
  { name: 'major procedure, Sichuan', priors: [{ mark: '川内HR' }], exceptions: ['major-procedure'], status: 'exempt', clause: '四川实施方案 四(四)3' },
  { name: 'exception on an optional prior changes nothing', priors: [{ mark: null }], exceptions: ['emergency'], status: 'optional', codes: ['no-mark'] },
  // Imaging identity (D10)
  { name: 'left knee for a right-knee order', order: '右侧膝关节 MR 平扫', priors: [{ itemName: '左侧膝关节 MR 平扫' }], status: 'no-prior', codes: ['no-prior', 'laterality-differs'] },
  { name: 'same knee', order: '左侧膝关节 MR 平扫', priors: [{ itemName: '左侧膝关节 MR 平扫' }], status: 'required' },
  { name: 'enhanced CT (plain phase stated) for a plain order', order: '头部 CT 平扫', priors: [{ itemName: '头部 CT 增强' }], status: 'optional', codes: ['enhanced-for-plain'] },
  { name: 'enhanced-for-plain off', order: '头部 CT 平扫', priors: [{ itemName: '头部 CT 增强' }], policy: { enhancedForPlain: 'off' }, status: 'no-prior', codes: ['no-prior', 'contrast-differs'] },
  { name: 'enhanced MR without a stated plain phase', order: '双侧髋关节 MR 平扫', priors: [{ itemName: '双侧髋关节 MR 增强' }], status: 'no-prior', codes: ['no-prior', 'contrast-differs'] },
  { name: 'enhanced MR offered always by setting', order: '双侧髋关节 MR 平扫', priors: [{ itemName: '双侧髋关节 MR 增强' }], policy: { enhancedForPlain: 'always' }, status: 'optional', codes: ['enhanced-for-plain'] },
  { name: 'plain prior never covers an enhanced order', order: '头部 CT 增强', priors: [{ itemName: '头部 CT 平扫' }], status: 'no-prior', codes: ['no-prior', 'contrast-differs'] },
  { name: 'chest PA+lateral for a PA order', order: '胸部正位', priors: [{ itemName: '胸部正侧位' }], status: 'no-prior', codes: ['no-prior', 'projection-differs'] },
  { name: 'imaging 90 days, 川渝 note', order: '头部 CT 平扫', priors: [{ itemName: '头部 CT 平扫', performedAt: '2026-08-01T09:00:00+08:00' }], status: 'not-eligible', codes: ['window-expired'], clause: '川渝影像互认清单 注' },
  // Matching (D11, D18, D19)
  { name: 'probable order name', order: 'WBC?', priors: [{}], status: 'optional', codes: ['match-probable'], clause: '产品决定 D11' },
  { name: 'probable prior name', priors: [{ itemName: 'WBC?' }], status: 'optional', codes: ['prior-match-probable'] },
  { name: 'prior named as a panel', priors: [{ itemName: '血常规' }], status: 'optional', codes: ['prior-panel-name'] },
  { name: 'panel-named prior ignored by setting', priors: [{ itemName: '血常规' }], policy: { panelNamedPriors: 'ignore' }, status: 'no-prior' },
  { name: 'prior of another item', priors: [{ itemName: 'ALT' }], status: 'no-prior', codes: ['no-prior'] },
];

describe('engine rules (one order, one item)', () => {
  it.each(cases)('$name → $status', (c) => {
    const req = request({
      orders: [{ name: c.order ?? 'WBC' }],
      priors: c.priors.map((p, i) => prior({ itemName: 'WBC', id: `p${i + 1}`, ...p })),
      ...(c.orderer ? { orderingInstitution: c.orderer } : {}),
      ...(c.exceptions ? { exceptions: c.exceptions } : {}),
      ...(c.exceptionReason ? { exceptionReason: c.exceptionReason } : {}),
      ...(c.qc ? { qcRevocations: c.qc } : {}),
      ...(c.now ? { now: c.now } : {}),
    });
    const { verdict, item, codes, clauses } = firstItem(req, c.policy ? { policy: c.policy } : {});
    expect(item.status).toBe(c.status);
    expect(verdict.status).toBe(c.status);
    if (c.codes) expect(codes).toEqual(expect.arrayContaining(c.codes));
    if (c.codes) expect(codes.slice(0, c.codes.length)).toEqual(c.codes);
    if (c.clause) expect(clauses).toContain(c.clause);
    if (c.status === 'required') expect(item.daysLeft).toBeGreaterThanOrEqual(0);
  });
});

describe('national catalog loaded', () => {
  const set = buildCatalogSet([...miniCatalogs, nationalLab], miniPanels);
  it('an HR prior for an item of the national list is required everywhere', () => {
    const req = request({ orders: [{ name: 'WBC' }], priors: [prior({ itemName: 'WBC', mark: 'HR', institution: { ...huaxi, region: 'other' } })], orderingInstitution: { ...ordering, region: 'other' } });
    const { item } = firstItem(req, { catalogSet: set });
    expect(item.status).toBe('required');
    expect(item.catalogId).toBe('national-lab');
    expect(item.ruleSet).toBe('sichuan');
  });
  it('an HR prior for an item outside the national list stays optional', () => {
    const req = request({ orders: [{ name: 'ALT' }], priors: [prior({ itemName: 'ALT', mark: 'HR' })] });
    expect(firstItem(req, { catalogSet: set }).item.status).toBe('optional');
  });
});

describe('choosing the best prior (D13)', () => {
  it('takes the latest qualifying prior', () => {
    const req = request({
      orders: [{ name: 'ALT' }],
      priors: [
        prior({ id: 'old', itemName: 'ALT', performedAt: '2026-11-01T09:00:00+08:00' }),
        prior({ id: 'new', itemName: 'ALT', performedAt: '2026-11-10T09:00:00+08:00' }),
        prior({ id: 'unmarked-newest', itemName: 'ALT', mark: null, performedAt: '2026-11-20T09:00:00+08:00' }),
      ],
    });
    const { item } = firstItem(req);
    expect(item.priorId).toBe('new');
    expect(item.status).toBe('required');
    expect(item.validUntil).toBe('2026-12-10');
  });
  it('a required older prior beats a newer one that does not qualify', () => {
    const req = request({
      orders: [{ name: 'WBC' }],
      qcRevocations: [{ institution: '重庆医科大学附属第一医院', item: 'WBC' }],
      priors: [
        prior({ id: 'older', itemName: 'WBC', performedAt: '2026-11-21T09:00:00+08:00' }),
        prior({ id: 'newer-revoked', itemName: 'WBC', performedAt: '2026-11-22T09:00:00+08:00', institution: chongqingFirst }),
      ],
    });
    const { item } = firstItem(req);
    expect(item.priorId).toBe('older');
    expect(item.status).toBe('required');
  });
  it('shows the newest non-qualifying prior when none qualifies', () => {
    const req = request({
      orders: [{ name: 'WBC' }],
      priors: [
        prior({ id: 'expired', itemName: 'WBC', performedAt: '2026-11-01T09:00:00+08:00' }),
        prior({ id: 'expired-later', itemName: 'WBC', performedAt: '2026-11-10T09:00:00+08:00' }),
      ],
    });
    const { item } = firstItem(req);
    expect(item.priorId).toBe('expired-later');
    expect(item.status).toBe('not-eligible');
  });
  it('a Sichuan duty survives a patient request that lifts the 川渝 one', () => {
    const req = request({
      orders: [{ name: 'WBC' }],
      exceptions: ['patient-request'],
      priors: [prior({ id: 'cy', itemName: 'WBC', performedAt: '2026-11-22T09:00:00+08:00' }), prior({ id: 'sc', itemName: 'WBC', mark: '川内HR' })],
    });
    const { item, codes } = firstItem(req);
    expect(item.status).toBe('required');
    expect(item.priorId).toBe('sc');
    expect(item.ruleSet).toBe('sichuan');
    expect(codes).toContain('exception-not-listed');
  });
  it('does not depend on the order of the priors', () => {
    const priors = [
      prior({ id: 'a', itemName: 'WBC', performedAt: '2026-11-21T09:00:00+08:00' }),
      prior({ id: 'b', itemName: 'WBC', performedAt: '2026-11-21T09:00:00+08:00', mark: '川内HR' }),
      prior({ id: 'c', itemName: 'WBC', performedAt: '2026-11-22T09:00:00+08:00', mark: null }),
    ];
    const forward = run(request({ orders: [{ name: 'WBC' }], priors }));
    const backward = run(request({ orders: [{ name: 'WBC' }], priors: [...priors].reverse() }));
    expect(backward).toEqual(forward);
  });
});

describe('orders, panels and names (D14, D19)', () => {
  it('keeps one verdict per order, in order', () => {
    const response = run(request({ orders: [{ name: 'ALT' }, { name: '不存在的项目' }, { name: 'WBC' }], priors: [prior({ itemName: 'WBC' })] }));
    expect(response.verdicts.map((v) => [v.order, v.status])).toEqual([
      ['ALT', 'no-prior'],
      ['不存在的项目', 'unmatched'],
      ['WBC', 'required'],
    ]);
    expect(response.verdicts[1]!.items).toEqual([]);
    expect(response.verdicts[1]!.reasons?.map((r) => r.code)).toEqual(['order-unmatched']);
    expect(response.verdicts[1]!.match.confidence).toBe('none');
  });

  it.each<[string, Partial<Prior>[], VerdictStatus, 'full' | 'partial' | 'none', VerdictStatus[]]>([
    ['both components required', [{ itemName: 'WBC' }, { itemName: 'HB' }], 'required', 'full', ['required', 'required']],
    ['one component required', [{ itemName: 'WBC' }], 'required', 'partial', ['required', 'no-prior']],
    ['one optional, one expired', [{ itemName: 'WBC', mark: null }, { itemName: 'HB', performedAt: '2026-11-01' }], 'optional', 'partial', ['optional', 'not-eligible']],
    ['no priors', [], 'no-prior', 'none', ['no-prior', 'no-prior']],
  ])('panel without unlisted members: %s', (_name, priors, status, coverage, itemStatuses) => {
    const verdict = run(request({ orders: [{ name: '白细胞+血红蛋白' }], priors: priors.map((p, i) => prior({ itemName: 'WBC', id: `p${i}`, ...p })) })).verdicts[0]!;
    expect(verdict.status).toBe(status);
    expect(verdict.panel).toEqual({ id: 'wbc-hb', name: '白细胞+血红蛋白', coverage });
    expect(verdict.items.map((i) => i.status)).toEqual(itemStatuses);
  });

  it('a panel with members outside the lists is at most partly covered', () => {
    const verdict = run(request({ orders: [{ name: '血常规' }], priors: [prior({ id: 'a', itemName: 'WBC' }), prior({ id: 'b', itemName: 'HB' })] })).verdicts[0]!;
    expect(verdict.panel?.coverage).toBe('partial');
    expect(verdict.status).toBe('required');
    expect(verdict.reasons?.map((r) => r.code)).toContain('panel-unlisted-components');
  });

  it('judges the matched parts of a multi-part name and reports the rest', () => {
    const verdict = run(request({ orders: [{ name: 'WBC+CRP' }], priors: [prior({ itemName: 'WBC' })] })).verdicts[0]!;
    expect(verdict.status).toBe('required');
    expect(verdict.items.map((i) => i.concept)).toEqual(['lab:WBC']);
    expect(verdict.reasons?.map((r) => r.code)).toEqual(['order-part-unmatched']);
  });

  it('an exempt item outranks an optional one in the order status', () => {
    const verdict = run(request({ orders: [{ name: '白细胞+血红蛋白' }], exceptions: ['emergency'], priors: [prior({ id: 'a', itemName: 'WBC' }), prior({ id: 'b', itemName: 'HB', mark: null })] })).verdicts[0]!;
    expect(verdict.items.map((i) => i.status)).toEqual(['exempt', 'optional']);
    expect(verdict.status).toBe('exempt');
  });
});

describe('determinism', () => {
  it('gives the same answer for the same request', () => {
    const req = request({ orders: [{ name: '血常规' }, { name: '头部 CT 平扫' }], priors: [prior({ itemName: 'WBC' }), prior({ id: 'p2', itemName: '头部 CT 增强' })] });
    expect(run(req)).toEqual(run(structuredClone(req)));
  });
  it('refuses an impossible date instead of rolling it over', () => {
    expect(() => run(request({ now: '2026-02-30T09:00:00+08:00', orders: [{ name: 'WBC' }], priors: [] }))).toThrow(RangeError);
  });
});
