// What the item-name matcher returns. The matcher prefers "no match" over a wrong match: a false
// "must recognise" is a clinical safety defect, a missed match only costs a repeat test.

/**
 * `certain`: exact name, listed alias, code, or a structured imaging descriptor equal in every
 * field (modality, body part, laterality, contrast, projection). Only `certain` can lead to `required`.
 * `probable`: close but not proven (e.g. a projection left unstated); the engine offers it at most as
 * the doctor's discretion.
 */
export type MatchConfidence = 'certain' | 'probable';

export interface ItemMatch {
  /** Concept key shared across catalogs (see catalog-schema.ts). */
  concept: string;
  confidence: MatchConfidence;
  /** Which matching rule fired, e.g. `alias-exact`, `imaging-descriptor`, `pinyin-initials`. */
  rule: string;
  /** Extension: zh-CN explanation, set whenever the match is only `probable` (why it is not proven). */
  note?: string;
}

/** Extension: optional context the caller knows about the name (e.g. the specimen of a prior's report). */
export interface MatchOptions {
  /**
   * `urine`: the name comes from a urine report (尿常规 / 尿液分析), so a bare `葡萄糖` is u-GLU and a
   * bare `白细胞` is not the blood count. Without it, bare names are read as blood / serum items.
   */
  specimen?: 'urine';
}

export type OrderMatch =
  | { kind: 'item'; input: string; normalized: string; items: [ItemMatch] }
  | { kind: 'panel'; input: string; normalized: string; panelId: string; panelName: string; items: ItemMatch[]; confidence: MatchConfidence; rule: string }
  /** e.g. `胸部CT平扫+三维重建`, `血常规+CRP`: several orderable things in one name. */
  | { kind: 'multi'; input: string; normalized: string; parts: OrderMatch[] }
  | { kind: 'none'; input: string; normalized: string; reason: string };
