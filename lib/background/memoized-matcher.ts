// The same result and order names come back at every evaluation (a patient's priors, a department's
// usual orders): the background keeps the matcher's answers for the built-in catalogs, bounded, so
// a warning costs a lookup rather than a fresh parse of every name.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { OrderMatch } from '../matching/match-types.ts';
import type { OrderNameMatcher } from '../rules/prior-concepts.ts';

export function memoizeMatcher(matcher: OrderNameMatcher, limit = 5_000): OrderNameMatcher {
  const cache = new Map<string, OrderMatch>();
  let cachedFor: CatalogSet | undefined;
  return (name, set) => {
    // A cache belongs to one catalog set (deployments may load another).
    if (set !== cachedFor) {
      cache.clear();
      cachedFor = set;
    }
    const hit = cache.get(name);
    if (hit) return hit;
    const match = matcher(name, set);
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(name, match);
    return match;
  };
}
