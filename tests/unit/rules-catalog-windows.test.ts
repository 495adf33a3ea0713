// Every item of every bundled catalog, judged by the engine on the last valid day and on the day
// after, against an oracle built on date-fns (an independent implementation of calendar months).
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addYears, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { Catalog, CatalogItem, Duration, ValidityWindow } from '../../lib/catalog/catalog-schema.ts';
import type { CatalogSet } from '../../lib/catalog/catalog-set.ts';
import type { OrderMatch } from '../../lib/matching/match-types.ts';
import { evaluate } from '../../lib/rules/evaluate.ts';
import { prior, request } from '../golden/support/request-builder.ts';

/** Orders and priors named by concept key, so this test depends on the catalogs only, not on name matching. */
const byConcept = (name: string, set: CatalogSet): OrderMatch =>
  set.entriesByConcept.has(name)
    ? { kind: 'item', input: name, normalized: name, items: [{ concept: name, confidence: 'certain', rule: 'concept-key' }] }
    : { kind: 'none', input: name, normalized: name, reason: 'not a concept key' };

function oracleLastDay(performedDate: string, d: Duration): string {
  const [y, m, day] = performedDate.split('-').map(Number) as [number, number, number];
  const start = new UTCDate(y, m - 1, day);
  const end = d.unit === 'day' ? addDays(start, d.amount) : d.unit === 'month' ? addMonths(start, d.amount) : addYears(start, d.amount);
  return format(end, 'yyyy-MM-dd');
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(addDays(new UTCDate(y, m - 1, d), 1), 'yyyy-MM-dd');
}

/** The durations to try for a window: the fixed one, or each result and the unknown (shorter) case. */
function windowCases(w: ValidityWindow, performedDate: string): { result: 'positive' | 'negative' | null; duration: Duration }[] {
  if (w.kind === 'fixed') return [{ result: null, duration: w.duration }];
  const shorter = oracleLastDay(performedDate, w.positive) <= oracleLastDay(performedDate, w.negative) ? w.positive : w.negative;
  return [
    { result: 'positive', duration: w.positive },
    { result: 'negative', duration: w.negative },
    { result: null, duration: shorter },
  ];
}

const entries: [string, Catalog, CatalogItem][] = builtinCatalogSet.catalogs.flatMap((catalog) =>
  catalog.items.map((item): [string, Catalog, CatalogItem] => [`${item.id} ${item.name}`, catalog, item]),
);

// A month end (Jan 31 → Feb 28) and a late-evening collection.
const PERFORMED = ['2026-01-31T08:00:00+08:00', '2026-11-20T23:30:00+08:00'];

describe('every catalog item: window just inside and just outside', () => {
  it('covers all four bundled lists', () => {
    expect(new Set(entries.map(([, c]) => c.id)).size).toBeGreaterThanOrEqual(4);
    expect(entries.length).toBeGreaterThan(200);
  });

  it.each(entries)('%s', (_label, catalog, item) => {
    const window = item.window ?? catalog.defaultWindow;
    expect(window).toBeDefined();
    const mark = catalog.marks[0]!;
    for (const performedAt of PERFORMED) {
      const performedDate = performedAt.slice(0, 10);
      for (const { result, duration } of windowCases(window!, performedDate)) {
        const lastDay = oracleLastDay(performedDate, duration);
        const judge = (now: string) =>
          evaluate(
            request({
              now,
              orders: [{ name: item.concept }],
              priors: [prior({ itemName: item.concept, performedAt, mark, result, institution: { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' } })],
            }),
            { catalogSet: builtinCatalogSet, matchOrderName: byConcept },
          ).verdicts[0]!.items[0]!;

        const inside = judge(`${lastDay}T23:59:59+08:00`);
        expect(inside.status, `${performedAt} ${result} inside`).toBe('required');
        expect(inside.validUntil).toBe(lastDay);
        expect(inside.daysLeft).toBe(0);
        expect(inside.catalogId).toBe(catalog.id);

        const outside = judge(`${nextDay(lastDay)}T00:00:00+08:00`);
        expect(outside.status, `${performedAt} ${result} outside`).toBe('not-eligible');
        expect(outside.reasons.map((r) => r.code)).toContain('window-expired');
      }
    }
  });
});
