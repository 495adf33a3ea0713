// Retention: keep a result only as long as the longest window that can still use it (DOMAIN: keep
// only what the rules need, for as long as the longest window needs it). A by-result window counts
// with its longer branch, since the result may be positive; an item in no catalog is kept for a
// short, configurable time (a newer catalog may list it) and then dropped. Pure.
import type { Duration } from '../catalog/catalog-schema.ts';
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { allItemMatches } from '../matching/summarize-match.ts';
import type { OrderNameMatcher } from '../rules/prior-concepts.ts';
import { windowFor } from '../rules/validity-window.ts';
import { addDuration, compareDates, formatDate, instantOf, shanghaiDateOf, type CalendarDate } from '../rules/shanghai-calendar.ts';

export interface RetentionPolicy {
  /** Days to keep a result whose item is in no loaded catalog. */
  unmatchedDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { unmatchedDays: 90 };

/** Longest windows by item name: matching is the costly part and result names repeat endlessly. */
export function createRetentionJudge(set: CatalogSet, match: OrderNameMatcher, policy: RetentionPolicy = DEFAULT_RETENTION) {
  const longestByName = new Map<string, Duration[]>();

  const longestWindows = (itemName: string): Duration[] => {
    const cached = longestByName.get(itemName);
    if (cached) return cached;
    const durations: Duration[] = [];
    for (const item of allItemMatches(match(itemName, set))) {
      for (const entry of set.entriesByConcept.get(item.concept) ?? []) {
        const chosen = windowFor(entry);
        if (!chosen) continue;
        if (chosen.window.kind === 'fixed') durations.push(chosen.window.duration);
        else durations.push(chosen.window.positive, chosen.window.negative);
      }
    }
    longestByName.set(itemName, durations);
    return durations;
  };

  return {
    /** The last Shanghai calendar day on which the result may still be needed (YYYY-MM-DD). */
    keepUntil(result: { itemName: string; performedAt: string }): string {
      const performed = shanghaiDateOf(instantOf(result.performedAt));
      const durations = longestWindows(result.itemName);
      const ends: CalendarDate[] = durations.length
        ? durations.map((duration) => addDuration(performed, duration))
        : [addDuration(performed, { amount: policy.unmatchedDays, unit: 'day' })];
      ends.sort(compareDates);
      return formatDate(ends[ends.length - 1]!);
    },
  };
}
