// Safety invariants, checked on random requests: a verdict that obliges the doctor (`required`, or
// `exempt`, which means "required but for an exception") must rest on a prior that is, checked
// here independently of the engine: the same concept (no laterality / plain–enhanced bridging),
// tied to the patient by identifier or confirmation, marked with a mark in scope where the order is
// placed, from a public 二级+ institution, not QC-revoked, not in the future, and within its window
// on the Asia/Shanghai calendar (oracle on date-fns).
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addYears, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { Duration, Mark } from '../../lib/catalog/catalog-schema.ts';
import type { CatalogSet } from '../../lib/catalog/catalog-set.ts';
import type { OrderMatch } from '../../lib/matching/match-types.ts';
import { evaluate } from '../../lib/rules/evaluate.ts';
import type { EvaluateRequest, EvaluateResponse, Institution, Prior } from '../../lib/rules/evaluate-schema.ts';
import { fakeMatcher } from '../golden/support/fake-matcher.ts';
import { miniSet } from '../golden/support/mini-catalog.ts';

const set = builtinCatalogSet;
const byConcept = (name: string, s: CatalogSet): OrderMatch =>
  s.entriesByConcept.has(name)
    ? { kind: 'item', input: name, normalized: name, items: [{ concept: name, confidence: 'certain', rule: 'concept-key' }] }
    : { kind: 'none', input: name, normalized: name, reason: 'not a concept key' };

const imagingFamily = [...set.entriesByConcept.entries()]
  .filter(([, es]) => es.some((e) => e.item.kind === 'imaging' && ['knee', 'head', 'hip'].includes(e.item.bodyPart)))
  .map(([concept]) => concept);
const labPool = ['lab:WBC', 'lab:ALT', 'lab:HBSAB', 'lab:HCV-AB', 'lab:PT', 'lab:ABO', 'lab:GLU'];
const pool = [...labPool, ...imagingFamily];

const SCOPE: Record<Mark, readonly string[]> = { 川渝HR: ['sichuan', 'chongqing'], 川内HR: ['sichuan'], HR: ['sichuan', 'chongqing', 'other'] };
const BASE_MS = Date.UTC(2025, 0, 1);
const SPAN_MIN = 3 * 365 * 24 * 60;

/** An instant as ISO text in a given offset (minutes east of UTC), or as Shanghai wall time without offset. */
function isoAt(ms: number, offsetMin: number | 'naive'): string {
  const shift = offsetMin === 'naive' ? 480 : offsetMin;
  const text = new Date(ms + shift * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 'naive') return text;
  if (offsetMin === 0) return `${text}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${text}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const shanghaiDate = (ms: number) => new Date(ms + 480 * 60_000).toISOString().slice(0, 10);

function oracleLastDay(performedDate: string, d: Duration): string {
  const [y, m, day] = performedDate.split('-').map(Number) as [number, number, number];
  const start = new UTCDate(y, m - 1, day);
  const end = d.unit === 'day' ? addDays(start, d.amount) : d.unit === 'month' ? addMonths(start, d.amount) : addYears(start, d.amount);
  return format(end, 'yyyy-MM-dd');
}

const institutionArb: fc.Arbitrary<Institution> = fc.record({
  name: fc.constantFrom('甲医院', '乙医院', '丙医院', '丁卫生院'),
  level: fc.constantFrom('三级', '三级', '二级', '一级', '未定级'),
  region: fc.constantFrom('sichuan', 'sichuan', 'chongqing', 'other'),
  ownership: fc.constantFrom('public', 'public', 'public', 'private'),
  alliances: fc.subarray(['医联体A', '医联体B']),
}) as fc.Arbitrary<Institution>;

interface Scenario {
  readonly request: EvaluateRequest;
  readonly nowMs: number;
  readonly performedMs: Map<string, number>;
}

// Biased towards realistic requests (public 三级 hospitals, identifiers, recent results, priors of
// the ordered items) so that obliging verdicts are common enough for the invariants to bite.
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 })
  .chain((orders) =>
    fc.record({
      nowMin: fc.integer({ min: 0, max: SPAN_MIN }),
      nowOffset: fc.constantFrom(480, 0, -420, 330),
      orderer: institutionArb,
      orders: fc.constant(orders),
      priors: fc.array(
        fc.record({
          concept: fc.oneof(fc.constantFrom(...orders), fc.constantFrom(...pool)),
          agoMin: fc.oneof(fc.integer({ min: -2 * 1440, max: 10 * 1440 }), fc.integer({ min: 0, max: 120 * 1440 }), fc.integer({ min: 0, max: 4000 * 1440 })),
          offset: fc.constantFrom<number | 'naive'>(480, 0, 'naive', -300),
          institution: institutionArb,
          mark: fc.constantFrom<Mark | null>('川渝HR', '川渝HR', '川内HR', 'HR', null),
          result: fc.constantFrom<'positive' | 'negative' | null | undefined>('positive', 'negative', null, undefined),
          patientMatch: fc.constantFrom<Prior['patientMatch']>('identifier', 'identifier', 'confirmed', 'demographic', undefined),
          revoked: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        }),
        { maxLength: 5 },
      ),
      exceptions: fc.oneof(fc.constant([] as const), fc.subarray(['condition-changed', 'patient-request', 'emergency', 'other'] as const, { maxLength: 2 })),
    }),
  )
  .map((g) => {
    const nowMs = BASE_MS + g.nowMin * 60_000;
    const performedMs = new Map<string, number>();
    const priors: Prior[] = g.priors.map((p, i) => {
      const ms = nowMs - p.agoMin * 60_000;
      const id = `p${i}`;
      performedMs.set(id, Math.floor(ms / 60_000) * 60_000);
      return {
        id,
        itemName: p.concept,
        performedAt: isoAt(Math.floor(ms / 60_000) * 60_000, p.offset),
        institution: p.institution,
        mark: p.mark,
        ...(p.result !== undefined ? { result: p.result } : {}),
        ...(p.patientMatch !== undefined ? { patientMatch: p.patientMatch } : {}),
      };
    });
    const qcRevocations = g.priors.flatMap((p, i) => (p.revoked ? [{ institution: priors[i]!.institution.name, item: p.concept }] : []));
    const request: EvaluateRequest = {
      now: isoAt(nowMs, g.nowOffset),
      orderingInstitution: g.orderer,
      orders: g.orders.map((name) => ({ name })),
      priors,
      exceptions: [...g.exceptions],
      qcRevocations,
    };
    return { request, nowMs, performedMs };
  });

/** Throws with a message when an obliging verdict is not backed by a prior meeting every rule. */
function checkObligations(s: Scenario, response: EvaluateResponse): void {
  const { request } = s;
  const today = shanghaiDate(s.nowMs);
  for (const verdict of response.verdicts) {
    for (const item of verdict.items) {
      if (item.status !== 'required' && item.status !== 'exempt') continue;
      const p = request.priors.find((x) => x.id === item.priorId);
      if (!p) throw new Error(`obliging verdict without prior: ${JSON.stringify(item)}`);
      const why = (rule: string) => new Error(`${item.status} breaks "${rule}": ${JSON.stringify({ item, prior: p, now: request.now, orderer: request.orderingInstitution })}`);
      if (p.itemName !== item.concept) throw why('same concept (laterality, plain/enhanced, projection)');
      if (p.patientMatch !== 'identifier' && p.patientMatch !== 'confirmed') throw why('identity by identifier or confirmation');
      if (p.mark === null) throw why('a mark');
      if (!SCOPE[p.mark].includes(request.orderingInstitution.region)) throw why('mark in scope');
      if (p.institution.ownership !== 'public' || request.orderingInstitution.ownership !== 'public') throw why('public institutions');
      if (p.institution.level !== '三级' && p.institution.level !== '二级') throw why('source 二级 or above');
      if ((request.qcRevocations ?? []).some((r) => r.institution === p.institution.name && r.item === p.itemName)) throw why('not QC-revoked');
      const performed = s.performedMs.get(p.id)!;
      if (performed > s.nowMs) throw why('not in the future');
      const governing = (set.entriesByConcept.get(p.itemName) ?? []).filter((e) => e.catalog.marks.includes(p.mark!));
      if (governing.length === 0) throw why('item listed under its mark');
      const performedDate = shanghaiDate(performed);
      const withinSome = governing.some(({ catalog, item: entryItem }) => {
        const w = entryItem.window ?? catalog.defaultWindow!;
        const last =
          w.kind === 'fixed'
            ? oracleLastDay(performedDate, w.duration)
            : p.result === 'positive'
              ? oracleLastDay(performedDate, w.positive)
              : p.result === 'negative'
                ? oracleLastDay(performedDate, w.negative)
                : [oracleLastDay(performedDate, w.positive), oracleLastDay(performedDate, w.negative)].sort()[0]!;
        return today <= last && item.validUntil === last;
      });
      if (!withinSome) throw why('within the window (Asia/Shanghai calendar)');
      if (verdict.match.confidence !== 'certain') throw why('certain name match');
    }
  }
}

const judge = (request: EvaluateRequest) => evaluate(request, { catalogSet: set, matchOrderName: byConcept });

describe('safety invariants (fast-check)', () => {
  it('an obliging verdict always rests on a prior that meets every rule', () => {
    fc.assert(fc.property(scenarioArb, (s) => checkObligations(s, judge(s.request))), { numRuns: 400 });
  });

  it('still holds when every prior is tied by identifier and marked 川渝HR (the rules must do the work)', () => {
    const strict = scenarioArb.map((s) => ({
      ...s,
      request: { ...s.request, priors: s.request.priors.map((p) => ({ ...p, patientMatch: 'identifier' as const, mark: '川渝HR' as const })) },
    }));
    fc.assert(fc.property(strict, (s) => checkObligations(s, judge(s.request))), { numRuns: 300 });
  });

  it('a demographic-only or unstated identity is never obliging', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom<Prior['patientMatch']>('demographic', undefined), (s, match) => {
        const priors = s.request.priors.map(({ patientMatch: _drop, ...p }) => (match ? { ...p, patientMatch: match } : p));
        const statuses = judge({ ...s.request, priors }).verdicts.flatMap((v) => v.items.map((i) => i.status));
        expect(statuses).not.toContain('required');
        expect(statuses).not.toContain('exempt');
      }),
      { numRuns: 150 },
    );
  });

  it('a revoked institution+item is never obliging', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const qcRevocations = s.request.priors.map((p) => ({ institution: p.institution.name, item: p.itemName }));
        const statuses = judge({ ...s.request, qcRevocations }).verdicts.flatMap((v) => v.items.map((i) => i.status));
        expect(statuses.filter((x) => x === 'required' || x === 'exempt' || x === 'optional')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a probable name match is never obliging', () => {
    const names = ['WBC', 'HB', 'PT', 'ALT', 'ABO', '头部 CT 平扫', '左侧膝关节 MR 平扫'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.constantFrom(...names), (order, probableOrder, priorName) => {
        const req: EvaluateRequest = {
          now: '2026-11-23T10:00:00+08:00',
          orderingInstitution: { name: '成都市第一人民医院', level: '三级', region: 'sichuan', ownership: 'public' },
          orders: [{ name: probableOrder ? `${order}?` : order }],
          priors: [{ id: 'p', itemName: probableOrder ? priorName : `${priorName}?`, performedAt: '2026-11-22T09:00:00+08:00', institution: { name: '甲医院', level: '三级', region: 'sichuan', ownership: 'public' }, mark: '川渝HR', patientMatch: 'identifier' }],
        };
        const statuses = evaluate(req, { catalogSet: miniSet, matchOrderName: fakeMatcher }).verdicts.flatMap((v) => v.items.map((i) => i.status));
        expect(statuses).not.toContain('required');
        expect(statuses).not.toContain('exempt');
      }),
      { numRuns: 150 },
    );
  });

  it('writing `now` in another offset (same instant) changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(0, -480, 540, -600), (s, offset) => {
        expect(judge({ ...s.request, now: isoAt(s.nowMs, offset) })).toEqual(judge(s.request));
      }),
      { numRuns: 100 },
    );
  });

  it('the order of the priors changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(judge({ ...s.request, priors: [...s.request.priors].reverse() })).toEqual(judge(s.request));
      }),
      { numRuns: 100 },
    );
  });

  it('the generator reaches obliging verdicts (the invariants are not vacuous)', () => {
    const statuses = fc.sample(scenarioArb, { numRuns: 300, seed: 42 }).flatMap((s) => judge(s.request).verdicts.flatMap((v) => v.items.map((i) => i.status)));
    for (const status of ['required', 'exempt', 'optional', 'not-eligible', 'no-prior'] as const) expect(statuses).toContain(status);
  });
});
