// Lab: a name (or a "name (abbreviation)" pair) to one catalog concept, by exact dictionary look-up
// only. Nothing is guessed from similarity: 总胆红素 and 直接胆红素, T3 and FT3, HBsAg and HBsAb
// are different keys, and a key nobody listed never matches.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { labIndex, labKey } from './lab-index.ts';
import type { LabEntry } from './lab-index.ts';
import type { ItemMatch, MatchOptions } from './match-types.ts';
import { findPanelByName } from './panel-match.ts';

export type LabOutcome = { ok: true; match: ItemMatch } | { ok: false; reason: string };

const CJK = /[\u3400-\u9fff]/u;

function toMatch(e: LabEntry, rule = e.rule, extraNote?: string): ItemMatch {
  const note = [e.note, extraNote].filter(Boolean).join('；');
  const m: ItemMatch = { concept: e.concept, confidence: extraNote ? 'probable' : e.confidence, rule };
  if (note) m.note = note;
  return m;
}

function lookup(k: string, set: CatalogSet, options: MatchOptions): LabEntry | null | undefined {
  const index = labIndex(set);
  if (options.specimen === 'urine') {
    // On a urine report only urine items can match: 葡萄糖 → u-GLU, never blood GLU.
    const asUrine = k.startsWith('尿') || k.startsWith('U-') ? k : '尿' + k;
    const hit = index.byKey.get(asUrine) ?? index.byKey.get(k);
    return hit && index.urineConcepts.has(hit.concept) ? hit : hit === null ? null : undefined;
  }
  return index.byKey.get(k);
}

/** Split `白细胞(WBC)`, `白细胞WBC`, `WBC白细胞`, `谷丙转氨酶/ALT` into a main name and extras. */
function splitNameAndAbbr(k: string): { main: string; extras: string[] } | undefined {
  let m = /^(.+?)\(([^()]+)\)\)?$/u.exec(k);
  if (m?.[1] && m[2]) return { main: m[1], extras: m[2].split('/') };
  m = /^\(([^()]+)\)(.+)$/u.exec(k);
  if (m?.[1] && m[2]) return { main: m[2], extras: m[1].split('/') };
  m = /^([^()]+)\(([^()]+)\)([^()]+)$/u.exec(k);
  if (m?.[1] && m[2] && m[3]) return { main: m[1] + m[3], extras: m[2].split('/') };
  if (k.includes('/')) {
    const [main, ...extras] = k.split('/');
    if (main && extras.every(Boolean)) return { main, extras };
  }
  m = /^(.*[\u3400-\u9fff])([A-Z][A-Z0-9+\-]*)$/u.exec(k);
  if (m?.[1] && m[2]) return { main: m[1], extras: [m[2]] };
  m = /^([A-Z][A-Z0-9+\-]*)([\u3400-\u9fff].*)$/u.exec(k);
  if (m?.[1] && m[2]) return { main: m[2], extras: [m[1]] };
  return undefined;
}

/**
 * `血常规-白细胞`, `尿常规:葡萄糖`: a panel name, a separator, then one of its members. The member
 * is read in the panel's specimen (a urine panel's `葡萄糖` is u-GLU) and must be a component.
 */
function matchPanelMember(k: string, set: CatalogSet, options: MatchOptions): LabOutcome | undefined {
  const m = /^(.+?)[:\-_](.+)$/u.exec(k);
  if (!m?.[1] || !m[2]) return undefined;
  const panel = findPanelByName(m[1], set);
  if (!panel) return undefined;
  const index = labIndex(set);
  const urinePanel = panel.components.some((c) => index.urineConcepts.has(c));
  const hit = lookup(labKey(m[2]), set, urinePanel ? { ...options, specimen: 'urine' } : options);
  if (!hit) return undefined;
  if (!panel.components.includes(hit.concept)) return { ok: false, reason: `“${m[2]}”不是套餐“${panel.name}”的组成项目` };
  return { ok: true, match: toMatch(hit, hit.confidence === 'certain' ? 'panel-member' : hit.rule) };
}

/**
 * Match a lab name. `undefined`: not a lab name this table knows (the caller tries other rules);
 * `{ ok: false }`: a lab name that must not match (contradicting parts, ambiguous name).
 */
export function matchLab(normalized: string, set: CatalogSet, options: MatchOptions = {}): LabOutcome | undefined {
  const k = labKey(normalized);
  const whole = lookup(k, set, options);
  if (whole === null) return { ok: false, reason: `名称“${normalized}”可对应多个检验项目` };
  if (whole) return { ok: true, match: toMatch(whole) };

  const member = matchPanelMember(k, set, options);
  if (member) return member;

  const split = splitNameAndAbbr(k);
  if (!split) return undefined;
  const main = lookup(labKey(split.main), set, options);
  if (!main) return undefined;
  let unknownLatin = '';
  for (const extra of split.extras) {
    // `白细胞计数(血常规)`: the bracket names the panel the item was reported in.
    const panel = findPanelByName(extra, set);
    if (panel) {
      if (panel.components.includes(main.concept)) continue;
      return { ok: false, reason: `“${split.main}”不是套餐“${panel.name}”的组成项目` };
    }
    let hit = lookup(labKey(extra), set, options);
    // `尿葡萄糖(GLU)`: on a urine item the abbreviation is the urine one.
    if (hit && hit.concept !== main.concept && labIndex(set).urineConcepts.has(main.concept)) hit = lookup('尿' + labKey(extra), set, options) ?? hit;
    if (hit === null) return { ok: false, reason: `括号中的“${extra}”含义不唯一` };
    if (hit) {
      if (hit.concept !== main.concept) return { ok: false, reason: `名称“${split.main}”与缩写“${extra}”指向不同的检验项目` };
      continue;
    }
    if (CJK.test(extra)) return { ok: false, reason: `名称中的“${extra}”未能识别，可能是另一检验项目或不同的采样条件` };
    unknownLatin = unknownLatin ? `${unknownLatin}、${extra}` : extra;
  }
  if (unknownLatin) return { ok: true, match: toMatch(main, 'lab-name+abbr', `缩写“${unknownLatin}”未能识别`) };
  return { ok: true, match: toMatch(main, main.rule === 'alias-exact' ? 'lab-name+abbr' : main.rule) };
}
