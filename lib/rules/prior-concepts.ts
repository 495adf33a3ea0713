// Each prior's item name goes through the same matcher as the orders, so a prior and an order meet
// on the concept key. A prior named like a panel (血常规) stands for each component, but its
// per-item marks (* on the report) cannot be checked from the name (D18).
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { MatchConfidence, OrderMatch } from '../matching/match-types.ts';
import type { Prior } from './evaluate-schema.ts';
import type { PolicySettings } from './policy-settings.ts';
import { flattenMatch } from './match-flatten.ts';
import { instantOf } from './shanghai-calendar.ts';

export type OrderNameMatcher = (name: string, set: CatalogSet) => OrderMatch;

export interface PriorConcept {
  readonly prior: Prior;
  readonly concept: string;
  readonly confidence: MatchConfidence;
  readonly rule: string;
  /** The matcher's explanation when the match is only probable. */
  readonly note?: string;
  readonly viaPanel: boolean;
  readonly performedMs: number;
}

export function resolvePriorConcepts(
  priors: readonly Prior[],
  set: CatalogSet,
  matcher: OrderNameMatcher,
  policy: PolicySettings,
): PriorConcept[] {
  return priors.flatMap((prior) => {
    const performedMs = instantOf(prior.performedAt);
    const flat = flattenMatch(matcher(prior.itemName, set));
    return flat.items
      .filter((item) => item.panelId === undefined || policy.panelNamedPriors === 'optional')
      .map((item) => ({
        prior,
        concept: item.concept,
        confidence: item.confidence,
        rule: item.rule,
        ...(item.note ? { note: item.note } : {}),
        viaPanel: item.panelId !== undefined,
        performedMs,
      }));
  });
}
