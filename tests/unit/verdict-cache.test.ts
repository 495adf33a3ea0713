import { describe, expect, it } from 'vitest';
import { createVerdictCache } from '../../lib/background/verdict-cache.ts';
import { evaluate } from '../../lib/rules/evaluate.ts';
import type { EvaluateRequest } from '../../lib/rules/evaluate-schema.ts';

const request: EvaluateRequest = {
  now: '2026-11-24T10:00:00+08:00',
  orderingInstitution: { name: '本院', level: '三级', region: 'sichuan', ownership: 'public' },
  orders: [{ name: '左侧膝关节磁共振平扫成像' }, { name: '胸部CT平扫' }, { name: '左侧膝关节磁共振平扫成像' }],
  priors: [
    {
      id: 'knee',
      itemName: '左膝关节MR平扫',
      performedAt: '2026-11-04T14:20:00+08:00',
      institution: { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' },
      mark: '川渝HR',
      patientMatch: 'identifier',
    },
  ],
};

describe('verdict cache', () => {
  it('gives exactly what the engine gives, judging each name once per context and day', () => {
    const cache = createVerdictCache();
    let judged: string[] = [];
    const judge = (partial: EvaluateRequest) => {
      judged.push(...partial.orders.map((order) => order.name));
      return evaluate(partial).verdicts;
    };
    expect(cache.verdicts(request, '{}', judge)).toEqual(evaluate(request).verdicts);
    expect(judged).toEqual(['左侧膝关节磁共振平扫成像', '胸部CT平扫']);
    judged = [];
    cache.verdicts({ ...request, now: '2026-11-24T16:00:00+08:00' }, '{}', judge);
    expect(judged).toEqual([]);
    // Another day, another patient's priors, or another policy: judged afresh.
    cache.verdicts({ ...request, now: '2026-11-25T09:00:00+08:00' }, '{}', judge);
    cache.verdicts({ ...request, priors: [] }, '{}', judge);
    cache.verdicts(request, '{"unmarkedPriors":"not-eligible"}', judge);
    expect(judged).toHaveLength(6);
  });
});
