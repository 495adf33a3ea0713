// One look-up table from lab names to concepts, built once per CatalogSet: the catalogs' own names
// and aliases first, then the synonym groups of lab-aliases.ts resolved against the loaded items.
import type { LabItem } from '../catalog/catalog-schema.ts';
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { DEMOTED_NAMES, LAB_GROUPS, SERUM_PREFIXES, URINE_GROUPS, URINE_PREFIXES } from './lab-aliases.ts';
import type { MatchConfidence } from './match-types.ts';
import { normalizeItemName } from './normalize-item-name.ts';

export interface LabEntry {
  concept: string;
  confidence: MatchConfidence;
  rule: string;
  note?: string;
}

export interface LabIndex {
  /** Lab key → entry; `null` when the key names two concepts (never matched). */
  byKey: Map<string, LabEntry | null>;
  /** Concepts of urine items (for the `specimen: 'urine'` option). */
  urineConcepts: Set<string>;
  /** Synonym groups whose item is not in the loaded catalogs (their names fall through to none). */
  unresolved: string[];
  /** Synonyms that a catalog assigns to another concept (the catalog wins; tests keep this empty). */
  conflicts: string[];
}

/** Method suffixes and specimen words that do not change what is measured. */
const METHOD_BRACKET = /\([^()]*法\)/gu;
const METHOD_SUFFIX = /(?:速率|酶|化学发光|电化学发光|免疫比浊|散射比浊|透射比浊|干化学|终点|比色|胶体金|免疫荧光|双缩脲|溴甲酚绿|己糖激酶|葡萄糖氧化酶|仪器|手工)法$/u;
const SERUM_BRACKET = /\((?:血清|血浆|全血|静脉血|血|S|P|B)\)/gu;
const URINE_BRACKET = /\((?:尿|尿液|随机尿|晨尿|U)\)/u;
const ACTION_SUFFIX = /(?:测定|检测|测试|检查)$/u;

/** Canonical form of a (normalised) lab name for dictionary look-up. */
export function labKey(normalized: string): string {
  let s = normalized.replace(METHOD_BRACKET, '').replace(SERUM_BRACKET, '');
  if (URINE_BRACKET.test(s)) s = '尿' + s.replace(URINE_BRACKET, '');
  let previous: string;
  do {
    previous = s;
    s = s.replace(METHOD_SUFFIX, '').replace(ACTION_SUFFIX, '');
  } while (s !== previous && s.length > 0);
  return s.length > 0 ? s : normalized;
}

/** Abbreviation comparison form: letters and digits only, upper case. */
export function canonAbbr(s: string): string {
  return s.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const key = (name: string): string => labKey(normalizeItemName(name));

const cache = new WeakMap<CatalogSet, LabIndex>();

export function labIndex(set: CatalogSet): LabIndex {
  const cached = cache.get(set);
  if (cached) return cached;
  const index: LabIndex = { byKey: new Map(), urineConcepts: new Set(), unresolved: [], conflicts: [] };
  const labItems: LabItem[] = set.catalogs.flatMap((c) => c.items.filter((i): i is LabItem => i.kind === 'lab'));

  // Catalog names and aliases (exact). A key shared by two concepts is blocked.
  const catalogOwner = new Map<string, string | null>();
  const claimCatalog = (name: string, concept: string): void => {
    const k = key(name);
    const prev = catalogOwner.get(k);
    catalogOwner.set(k, prev === undefined || prev === concept ? concept : null);
  };
  for (const item of labItems) {
    claimCatalog(item.name, item.concept);
    for (const alias of item.aliases) claimCatalog(alias, item.concept);
  }
  for (const [k, concept] of catalogOwner) {
    index.byKey.set(k, concept === null ? null : { concept, confidence: 'certain', rule: 'alias-exact' });
  }

  // Resolution of synonym targets: abbreviation, printed name, printed name without its bracket.
  const resolver = new Map<string, string | null>();
  const claimResolver = (k: string, concept: string): void => {
    if (!k) return;
    const prev = resolver.get(k);
    resolver.set(k, prev === undefined || prev === concept ? concept : null);
  };
  for (const item of labItems) {
    claimResolver('abbr:' + canonAbbr(item.abbr), item.concept);
    claimResolver('name:' + key(item.name), item.concept);
    claimResolver('name:' + key(item.name.replace(/[(（][^()（）]*[)）]+\s*$/u, '')), item.concept);
  }
  const resolve = (targets: string[]): string | undefined => {
    for (const t of targets) {
      const c = resolver.get('abbr:' + canonAbbr(t)) ?? resolver.get('name:' + key(t));
      if (c) return c;
    }
    return undefined;
  };

  const addSynonym = (name: string, entry: LabEntry): void => {
    const k = key(name);
    const existing = index.byKey.get(k);
    if (existing === undefined) {
      index.byKey.set(k, entry);
    } else if (existing === null) {
      // Blocked by a catalog collision (e.g. bare 葡萄糖 printed for both GLU and u-GLU): the
      // synonym table decides, documented in docs/matching.md.
      if (!catalogOwner.has(k) || catalogOwner.get(k) === null) index.byKey.set(k, entry);
    } else if (existing.concept !== entry.concept) {
      index.conflicts.push(`${name}: 目录为 ${existing.concept}，同义词表为 ${entry.concept}`);
    } else if (existing.rule !== 'alias-exact' && entry.confidence === 'certain' && existing.confidence === 'probable') {
      index.byKey.set(k, entry);
    }
  };

  for (const group of URINE_GROUPS) {
    const concept = resolve(group.targets);
    if (!concept) {
      index.unresolved.push(group.targets[0] ?? '?');
      continue;
    }
    index.urineConcepts.add(concept);
    const certain: LabEntry = { concept, confidence: 'certain', rule: 'lab-synonym' };
    for (const base of group.bases) for (const prefix of URINE_PREFIXES) addSynonym(prefix + base, certain);
    for (const name of [...group.bare, ...group.names]) addSynonym(name, certain);
    for (const name of group.bareProbable) {
      addSynonym(name, { concept, confidence: 'probable', rule: 'lab-synonym-partial', note: `“${name}”未注明为尿液项目，按尿干化学处理，需医生确认` });
    }
  }
  for (const group of LAB_GROUPS) {
    const concept = resolve(group.targets);
    if (!concept) {
      index.unresolved.push(group.targets[0] ?? '?');
      continue;
    }
    const certain: LabEntry = { concept, confidence: 'certain', rule: 'lab-synonym' };
    for (const name of group.names) {
      addSynonym(name, certain);
      if (group.serum) for (const prefix of SERUM_PREFIXES) addSynonym(prefix + name, certain);
    }
    for (const [name, note] of Object.entries(group.probable ?? {})) {
      addSynonym(name, { concept, confidence: 'probable', rule: 'lab-synonym-partial', note });
    }
  }

  for (const [name, note] of Object.entries(DEMOTED_NAMES)) {
    const k = key(name);
    const existing = index.byKey.get(k);
    if (existing) index.byKey.set(k, { concept: existing.concept, confidence: 'probable', rule: 'lab-ambiguous-name', note });
  }
  cache.set(set, index);
  return index;
}

/**
 * The index as plain JSON (see `SerializedImagingIndex`: written by the extension's build). Keys
 * point into `entries`: most synonyms share an entry, and written out once each they tripled the size.
 */
export interface SerializedLabIndex {
  entries: LabEntry[];
  byKey: [string, number | null][];
  urineConcepts: string[];
  unresolved: string[];
  conflicts: string[];
}

export function serializeLabIndex(set: CatalogSet): SerializedLabIndex {
  const index = labIndex(set);
  const entries: LabEntry[] = [];
  const at = new Map<string, number>();
  const byKey = [...index.byKey].map(([key, entry]): [string, number | null] => {
    if (entry === null) return [key, null];
    const text = JSON.stringify(entry);
    let position = at.get(text);
    if (position === undefined) at.set(text, (position = entries.push(entry) - 1));
    return [key, position];
  });
  return { entries, byKey, urineConcepts: [...index.urineConcepts], unresolved: index.unresolved, conflicts: index.conflicts };
}

/** Installs a serialized index as `set`'s index. Throws if a key points at no entry. */
export function restoreLabIndex(set: CatalogSet, data: SerializedLabIndex): void {
  const byKey = new Map<string, LabEntry | null>();
  for (const [key, position] of data.byKey) {
    const entry = position === null ? null : data.entries[position];
    if (entry === undefined) throw new Error(`prebuilt lab index: ${key} points at no entry (${position})`);
    byKey.set(key, entry);
  }
  cache.set(set, { byKey, urineConcepts: new Set(data.urineConcepts), unresolved: data.unresolved, conflicts: data.conflicts });
}
