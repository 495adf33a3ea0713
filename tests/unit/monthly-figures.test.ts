import { describe, expect, it } from 'vitest';
import { monthlyFigures, monthlyFiguresCsv, type DecisionFact } from '../../lib/reports/monthly-figures.ts';

const fact = (overrides: Partial<DecisionFact>): DecisionFact => ({
  visitKey: 'p1|day:2026-11-24',
  concept: 'lab:WBC',
  choice: 'accept',
  itemStatus: 'required',
  decidedAt: '2026-11-24T09:00:00+08:00',
  id: 'a',
  ...overrides,
});

describe('monthly figures', () => {
  it('counts one item per visit with its latest choice, by Shanghai month', () => {
    const rows = monthlyFigures([
      fact({ concept: 'img:MR:knee:left:plain:none', feeSaved: 650 }),
      fact({ concept: 'lab:WBC', choice: 'accept', feeSaved: 20 }),
      fact({ concept: 'lab:WBC', choice: 'retest', exception: 'condition-changed', decidedAt: '2026-11-24T09:05:00+08:00', id: 'b' }),
      fact({ concept: 'lab:HB', choice: 'patient-declines', exception: 'other' }),
      fact({ concept: 'lab:ALT', itemStatus: 'optional' }),
      fact({ visitKey: 'p2|day:2026-12-01', decidedAt: '2026-12-01T00:10:00+08:00', feeSaved: 15.5 }),
      fact({ visitKey: 'p3|showing:abc', concept: 'lab:WBC', identityConfirmed: true, decidedAt: '2026-12-02T10:00:00+08:00' }),
    ]);
    expect(rows).toEqual([
      { month: '2026-12', warnedItems: 2, recognisedItems: 2, recognisedRequired: 2, retestItems: 0, declinedItems: 0, retestByException: {}, feesSaved: 15.5, identityConfirmedItems: 1 },
      { month: '2026-11', warnedItems: 4, recognisedItems: 2, recognisedRequired: 1, retestItems: 1, declinedItems: 1, retestByException: { 'condition-changed': 1, other: 1 }, feesSaved: 650, identityConfirmedItems: 0 },
    ]);
  });

  it('writes a CSV Excel opens in Chinese', () => {
    const csv = monthlyFiguresCsv(monthlyFigures([fact({ feeSaved: 20 })]), { 'condition-changed': '病情变化' });
    expect(csv.startsWith('\uFEFF月份,提示项次,互认项次')).toBe(true);
    expect(csv).toContain('2026-11,1,1,1,0,0,0,20.00,0');
    expect(csv.split('\r\n')[0]!.endsWith(',节约费用(元),其中经医生核对身份')).toBe(true);
  });
});
