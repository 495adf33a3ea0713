// The matcher: a messy HIS item name (an order on screen or a prior result's item name) → a
// catalog item, a panel, several things (`multi`), or "no match" with a zh-CN reason.
// Pipeline and safety decisions: docs/matching.md.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { catalogImagingIndex } from './imaging-catalog.ts';
import { FLAG_NOTES } from './imaging-compare.ts';
import { parseImagingDescriptor } from './imaging-descriptor.ts';
import type { ParsedImagingName } from './imaging-descriptor.ts';
import { matchImagingDescriptor } from './imaging-match.ts';
import { labKey } from './lab-index.ts';
import { matchLab } from './lab-match.ts';
import type { ItemMatch, MatchOptions, OrderMatch } from './match-types.ts';
import { normalizeItemName } from './normalize-item-name.ts';
import { AMBIGUOUS_PANEL_NAMES, COMBINED_PANEL_NAMES, matchPanelExact, matchPanelVariant } from './panel-match.ts';
import type { PanelHit } from './panel-match.ts';
import { expandPinyinInitials } from './pinyin-initials.ts';
import { imagingAddOnFlags, splitOrderName } from './split-order-name.ts';
import { unlistedItemLabel } from './unlisted-items.ts';

const none = (input: string, normalized: string, reason: string): OrderMatch => ({ kind: 'none', input, normalized, reason });

const item = (input: string, normalized: string, match: ItemMatch): OrderMatch => ({ kind: 'item', input, normalized, items: [match] });

function panel(input: string, normalized: string, hit: PanelHit): OrderMatch {
  const items = hit.panel.components.map((concept): ItemMatch => {
    const m: ItemMatch = { concept, confidence: hit.confidence, rule: 'panel-component' };
    if (hit.note) m.note = hit.note;
    return m;
  });
  return { kind: 'panel', input, normalized, panelId: hit.panel.id, panelName: hit.panel.name, items, confidence: hit.confidence, rule: hit.rule };
}

/** Every `certain` inside becomes `probable`, with the note. */
function downgrade(m: OrderMatch, rule: string, note: string, only?: (i: ItemMatch) => boolean): OrderMatch {
  const soften = (i: ItemMatch): ItemMatch => {
    if (only && !only(i)) return i;
    return { ...i, confidence: 'probable', rule: i.confidence === 'certain' ? rule : i.rule, note: i.note ? `${i.note}；${note}` : note };
  };
  switch (m.kind) {
    case 'item':
      return { ...m, items: [soften(m.items[0])] };
    case 'panel':
      return only ? m : { ...m, confidence: 'probable', rule, items: m.items.map(soften) };
    case 'multi':
      return { ...m, parts: m.parts.map((p) => downgrade(p, rule, note, only)) };
    case 'none':
      return m;
  }
}

function isImagingName(d: ParsedImagingName): boolean {
  return d.modality !== undefined || d.excluded.length > 0 || d.flags.includes('hrct') || d.flags.includes('low-dose');
}

/** Exact look-ups only: printed name or alias of an item or panel, or a lab synonym. */
function matchExact(input: string, normalized: string, set: CatalogSet, options: MatchOptions): OrderMatch | undefined {
  const imagingConcept = catalogImagingIndex(set).byName.get(normalized);
  if (imagingConcept) return item(input, normalized, { concept: imagingConcept, confidence: 'certain', rule: 'alias-exact' });
  const panelHit = matchPanelExact(normalized, set);
  if (panelHit) return panel(input, normalized, panelHit);
  const lab = matchLab(normalized, set, options);
  if (lab?.ok && (lab.match.rule === 'alias-exact' || lab.match.rule === 'lab-synonym')) return item(input, normalized, lab.match);
  return undefined;
}

function matchCombined(input: string, normalized: string, set: CatalogSet, options: MatchOptions): OrderMatch | undefined {
  const key = labKey(normalized);
  const candidates = AMBIGUOUS_PANEL_NAMES[key];
  if (candidates) {
    return none(input, normalized, candidates.length > 0
      ? `“${normalized}”可对应多个套餐（${candidates.join('、')}），请注明具体套餐`
      : `“${normalized}”的组成因医院而异，无法逐项判定，请按具体项目或套餐开立`);
  }
  const names = COMBINED_PANEL_NAMES[key];
  if (!names) return undefined;
  return { kind: 'multi', input, normalized, parts: names.map((n) => matchPart(n, normalizeItemName(n), set, options)) };
}

/** One orderable thing (no `+` left, or a `+` that belongs to a single exam). */
function matchPart(input: string, normalized: string, set: CatalogSet, options: MatchOptions, inherited?: ParsedImagingName): OrderMatch {
  if (!normalized) return none(input, normalized, '名称为空');
  const exact = matchExact(input, normalized, set, options);
  if (exact) return exact;
  const combined = matchCombined(input, normalized, set, options);
  if (combined) return combined;

  const lab = matchLab(normalized, set, options);
  if (lab) return lab.ok ? item(input, normalized, lab.match) : none(input, normalized, lab.reason);

  const pinyin = expandPinyinInitials(normalized);
  if (pinyin) {
    const expanded = matchPart(input, normalizeItemName(pinyin), set, options);
    return expanded.kind === 'none' ? expanded : { ...downgrade(expanded, 'pinyin-initials', `拼音首字母“${normalized}”按“${pinyin}”处理，需医生确认`), normalized };
  }

  const d = inherited ?? parseImagingDescriptor(normalized);
  if (isImagingName(d)) {
    const outcome = matchImagingDescriptor(d, set);
    return outcome.ok ? item(input, normalized, outcome.match) : none(input, normalized, outcome.reason);
  }

  const variant = matchPanelVariant(normalized, set);
  if (variant) return panel(input, normalized, variant);

  const unlisted = unlistedItemLabel(normalized);
  if (unlisted) return none(input, normalized, `${unlisted}不在互认清单中`);
  if (d.bodyPart && !d.modality && !d.leftover) return none(input, normalized, '未注明检查方式（DR/CT/MR），无法判定');
  if (imagingAddOnFlags(normalized).length > 0) return none(input, normalized, '图像后处理/附加序列/对比剂等附加项目不在互认清单中');
  return none(input, normalized, '未能识别为互认清单中的项目');
}

/** `颈椎+腰椎MR平扫`: a piece with a body part but no modality borrows the neighbour's exam. */
function borrowExam(pieces: string[], index: number): { d: ParsedImagingName; from: string } | undefined {
  const own = parseImagingDescriptor(pieces[index] ?? '');
  if (!own.bodyPart || own.modality || own.excluded.length > 0 || own.leftover) return undefined;
  const order = [...pieces.keys()].filter((i) => i > index).concat([...pieces.keys()].filter((i) => i < index).reverse());
  for (const i of order) {
    const other = parseImagingDescriptor(pieces[i] ?? '');
    if (!other.modality || other.modalityInferred || !other.bodyPart) continue;
    const d: ParsedImagingName = { ...own, modality: other.modality, flags: [...own.flags, ...other.flags] };
    if (own.contrast === undefined && other.contrast !== undefined) d.contrast = other.contrast;
    if (own.views.length === 0 && other.views.length > 0) d.views = other.views;
    return { d, from: pieces[i] ?? '' };
  }
  return undefined;
}

function matchMulti(input: string, normalized: string, pieces: string[], set: CatalogSet, options: MatchOptions): OrderMatch {
  const addOnNotes = new Set<string>();
  const parts = pieces.map((piece, i): OrderMatch => {
    const addOn = imagingAddOnFlags(piece);
    if (addOn.length > 0) {
      for (const flag of addOn) addOnNotes.add(FLAG_NOTES[flag]);
      return none(piece, piece, '图像后处理/附加序列/对比剂等附加项目不在互认清单中（同一医嘱中的 CT/MR 部分仅按“可能”匹配）');
    }
    const borrowed = borrowExam(pieces, i);
    if (borrowed) {
      const m = matchPart(piece, piece, set, options, borrowed.d);
      return downgrade(m, 'imaging-descriptor-borrowed', `检查方式取自同一医嘱中的“${borrowed.from}”，需医生确认`);
    }
    return matchPart(piece, piece, set, options);
  });
  if (parts.every((p) => p.kind === 'none')) {
    return none(input, normalized, parts.map((p) => `${p.normalized}：${p.kind === 'none' ? p.reason : ''}`).join('；'));
  }
  const result: OrderMatch = { kind: 'multi', input, normalized, parts };
  if (addOnNotes.size === 0) return result;
  // 三维重建 / 后处理 / 对比剂 never turns a non-match into a match, and takes `certain` away from
  // the CT/MR it accompanies: the prior images may not support the requested post-processing.
  return downgrade(result, 'imaging-with-add-on', [...addOnNotes].join('；'), (i) => i.concept.startsWith('img:CT:') || i.concept.startsWith('img:MR:'));
}

/**
 * Match a HIS order name or a prior result's item name against the catalogs and panels.
 * Never throws; `kind: 'none'` carries the reason (zh-CN).
 */
export function matchOrderName(name: string, set: CatalogSet, options: MatchOptions = {}): OrderMatch {
  const normalized = normalizeItemName(name);
  if (!normalized) return none(name, normalized, '名称为空');
  const exact = matchExact(name, normalized, set, options);
  if (exact) return exact;
  const combined = matchCombined(name, normalized, set, options);
  if (combined) return { ...combined, input: name };
  const pieces = splitOrderName(normalized);
  if (pieces.length > 1) return matchMulti(name, normalized, pieces, set, options);
  return matchPart(name, pieces[0] ?? normalized, set, options);
}

