// Which catalog entry judges a prior: the prior's item must be listed in a catalog governed by the
// prior's mark (a 川内HR result is judged by the Sichuan list and its window, a 川渝HR result by the
// 川渝 list). Unmarked priors, and marks whose list lacks the item, are judged against the window
// of the list that applies where the order is placed (D3), and are at most `optional`.
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { CatalogEntry } from '../catalog/catalog-set.ts';
import type { Prior } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import type { PolicySettings } from './policy-settings.ts';
import type { RuleSet } from './exceptions.ts';
import { TEXT, type Region } from './rule-texts.ts';
import { CLAUSE, decisionClause, withDecision } from './clauses.ts';
import { markInScope } from './mark-scope.ts';

export function ruleSetOf(catalog: Catalog, policy: PolicySettings): RuleSet {
  if (catalog.region === 'chuanyu') return 'chuanyu';
  if (catalog.region === 'sichuan') return 'sichuan';
  return policy.nationalExceptionSet;
}

export function isEffective(catalog: Catalog, today: string): boolean {
  return catalog.effectiveDate <= today;
}

/**
 * The entry whose window and rule set describe a concept where the order is placed: an effective
 * catalog with a mark in scope there, in catalog-set order; else any effective one; else the first.
 */
export function preferredEntry(
  entries: readonly CatalogEntry[],
  orderingRegion: Region,
  today: string,
  policy: PolicySettings,
): CatalogEntry | undefined {
  const effective = entries.filter((e) => isEffective(e.catalog, today));
  return (
    effective.find((e) => e.catalog.marks.some((m) => markInScope(m, orderingRegion, policy))) ??
    effective[0] ??
    entries[0]
  );
}

export interface Governing {
  /** Entries that judge this prior; one evaluation each. */
  readonly entries: readonly CatalogEntry[];
  /** Findings from the choice (not in the mark's list, no national list …). */
  readonly findings: readonly Finding[];
}

export function governingEntries(
  prior: Prior,
  entries: readonly CatalogEntry[],
  orderingRegion: Region,
  today: string,
  policy: PolicySettings,
): Governing {
  const fallback = preferredEntry(entries, orderingRegion, today, policy);
  const mark = prior.mark;
  if (mark === null) return { entries: fallback ? [fallback] : [], findings: [] };

  const byMark = entries.filter((e) => e.catalog.marks.includes(mark));
  const governing = byMark.filter((e) => isEffective(e.catalog, today));
  if (governing.length > 0) return { entries: governing, findings: [] };

  const itemName = (fallback ?? entries[0])?.item.name ?? prior.itemName;
  if (byMark.length > 0) {
    const first = byMark[0]!.catalog;
    return {
      entries: fallback ? [fallback] : [],
      findings: [finding('optional', 'catalog-not-yet-effective', decisionClause('D20'), TEXT.catalogNotYetEffective(first.title, first.effectiveDate))],
    };
  }
  if (mark === 'HR') {
    if (policy.nationalMarkWithoutCatalog === 'regional-lists') {
      const regional = entries.filter((e) => isEffective(e.catalog, today));
      if (regional.length > 0) {
        return { entries: regional, findings: [finding('none', 'national-via-regional-list', decisionClause('D2'), TEXT.nationalViaRegional())] };
      }
    }
    return {
      entries: fallback ? [fallback] : [],
      findings: [finding('optional', 'national-catalog-missing', withDecision(CLAUSE.sichuanMarkDuty, 'D2'), TEXT.nationalCatalogMissing(itemName))],
    };
  }
  const clause = mark === '川渝HR' ? CLAUSE.chuanyuMarkDuty : CLAUSE.sichuanMarkDuty;
  return {
    entries: fallback ? [fallback] : [],
    findings: [finding('optional', 'item-not-in-mark-catalog', clause, TEXT.itemNotInMarkCatalog(mark, itemName))],
  };
}
