import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clampSummary } from '../../lib/rules/build-card.ts';
import { evaluate } from '../../lib/rules/evaluate.ts';
import type { EvaluateRequest, VerdictStatus } from '../../lib/rules/evaluate-schema.ts';
import { parseEvaluateRequest } from '../../lib/rules/parse-request.ts';
import { fakeMatcher } from '../golden/support/fake-matcher.ts';
import { miniSet } from '../golden/support/mini-catalog.ts';
import { prior, request } from '../golden/support/request-builder.ts';

const run = (req: EvaluateRequest) => evaluate(req, { catalogSet: miniSet, matchOrderName: fakeMatcher });

describe('cards (D21)', () => {
  it.each<[string, Partial<EvaluateRequest>, VerdictStatus, 'warning' | 'info', number, number]>([
    ['required', { priors: [prior({ itemName: 'WBC' })] }, 'required', 'warning', 3, 7],
    ['exempt', { priors: [prior({ itemName: 'WBC' })], exceptions: ['emergency'] }, 'exempt', 'info', 3, 7],
    ['optional', { priors: [prior({ itemName: 'WBC', mark: null })] }, 'optional', 'info', 3, 7],
    ['optional under Sichuan rules', { priors: [prior({ itemName: 'WBC', mark: '川内HR', patientMatch: 'demographic' })] }, 'optional', 'info', 3, 6],
    ['not-eligible', { priors: [prior({ itemName: 'WBC', performedAt: '2026-01-01' })] }, 'not-eligible', 'info', 0, 0],
    ['no-prior', { priors: [] }, 'no-prior', 'info', 0, 0],
  ])('%s', (_name, change, status, indicator, suggestions, overrides) => {
    const verdict = run(request({ orders: [{ name: 'WBC' }], priors: [], ...change })).verdicts[0]!;
    expect(verdict.status).toBe(status);
    expect(verdict.card.indicator).toBe(indicator);
    expect(verdict.card.suggestions.map((s) => s.action)).toEqual(suggestions ? ['accept', 'retest', 'patient-declines'] : []);
    expect(verdict.card.overrideReasons).toHaveLength(overrides);
    expect(verdict.card.source.clause).toBe(verdict.items[0]!.reasons[0]!.clause);
    expect(verdict.card.summary.startsWith('WBC：')).toBe(true);
  });

  it('offers only the exceptions both lists share when items under both decide the order', () => {
    const verdict = run(request({ orders: [{ name: '白细胞+血红蛋白' }], priors: [prior({ id: 'a', itemName: 'WBC', mark: '川内HR' }), prior({ id: 'b', itemName: 'HB' })] })).verdicts[0]!;
    expect(verdict.items.map((i) => [i.status, i.ruleSet])).toEqual([['required', 'sichuan'], ['required', 'chuanyu']]);
    const codes = verdict.card.overrideReasons.map((o) => o.code);
    expect(codes).not.toContain('patient-request');
    expect(codes).toHaveLength(6);
    expect(verdict.card.overrideReasons[0]!.clause).toBe('四川实施方案 四(四)1；川渝互认规则 四.1');
  });

  it('keeps the summary within 140 characters, counting code points', () => {
    const long = '超长医嘱名称'.repeat(40);
    expect([...clampSummary(long)]).toHaveLength(140);
    expect(clampSummary(long).endsWith('…')).toBe(true);
    expect(clampSummary('短')).toBe('短');
    expect(clampSummary('𠀀'.repeat(150)).length).toBe(139 * 2 + 1);
  });

  it('unmatched orders say so and offer nothing to decide', () => {
    const verdict = run(request({ orders: [{ name: '血气分析' }], priors: [] })).verdicts[0]!;
    expect(verdict.card.summary).toContain('未识别');
    expect(verdict.card.suggestions).toEqual([]);
    expect(verdict.card.source.clause).toBe('产品决定 D19');
  });
});

describe('every clause names a document and article, or a defined product decision', () => {
  const decisions = readFileSync(new URL('../../docs/decisions.md', import.meta.url), 'utf8');
  const documentClause =
    /^(川渝互认规则 (一|二|三|五|四(\.[1-7])?)|川渝互认标准 二\.4|(川渝|四川)(检验|影像)互认清单( 第\d+项)?(（推断）|（本院调整）| 注)?|四川实施方案 四\((一|二|三|四)\)([1-6])?|产品决定 D\d+)$/;
  const dir = new URL('../golden/scenarios/', import.meta.url);
  const requests = readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).request as unknown);

  it('in every reason and card of the golden requests', () => {
    let checked = 0;
    for (const raw of requests) {
      const parsed = parseEvaluateRequest(raw);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      for (const verdict of evaluate(parsed.request).verdicts) {
        const reasons = [...verdict.items.flatMap((i) => i.reasons), ...(verdict.reasons ?? [])];
        const clauses = [...reasons.map((r) => r.clause), verdict.card.source.clause, ...verdict.card.overrideReasons.flatMap((o) => o.clause)];
        for (const clause of clauses) {
          for (const part of clause.split('；')) {
            expect(part, clause).toMatch(documentClause);
            const id = /^产品决定 (D\d+)$/.exec(part)?.[1];
            if (id) expect(decisions, `${id} defined`).toMatch(new RegExp(`^## ${id} `, 'm'));
            checked += 1;
          }
        }
        for (const r of reasons) expect(r.text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
