// 川渝互认标准 二.4: an institution that skipped or failed external quality assessment (室间质评)
// for an item loses recognition of that item until it passes again (D15). A revocation names the
// institution and the item; the item may be given as concept key, catalog item id, printed name,
// alias or abbreviation, or the prior's own item name.
import type { CatalogEntry } from '../catalog/catalog-set.ts';
import type { EvaluateRequest, Prior } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import { TEXT } from './rule-texts.ts';
import { CLAUSE } from './clauses.ts';

type Revocation = NonNullable<EvaluateRequest['qcRevocations']>[number];

export function normalizeKey(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function itemKeys(entry: CatalogEntry, prior: Prior): Set<string> {
  const item = entry.item;
  const keys = [item.concept, item.id, item.name, ...item.aliases, prior.itemName];
  if (item.kind === 'lab') keys.push(item.abbr);
  return new Set(keys.map(normalizeKey));
}

export function qcRevocationFinding(
  prior: Prior,
  entry: CatalogEntry,
  revocations: readonly Revocation[],
): Finding | undefined {
  const institution = normalizeKey(prior.institution.name);
  const keys = itemKeys(entry, prior);
  const hit = revocations.find((r) => normalizeKey(r.institution) === institution && keys.has(normalizeKey(r.item)));
  if (hit === undefined) return undefined;
  return finding('not-eligible', 'qc-revoked', CLAUSE.qcRevocation, TEXT.qcRevoked(prior.institution.name, entry.item.name));
}
