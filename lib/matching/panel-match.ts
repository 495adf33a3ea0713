// Panels (套餐): a name that is a panel's name or alias → the panel with its component concepts.
import type { Panel } from '../catalog/catalog-schema.ts';
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { labKey } from './lab-index.ts';
import type { MatchConfidence } from './match-types.ts';
import { normalizeItemName } from './normalize-item-name.ts';

export interface PanelHit {
  panel: Panel;
  confidence: MatchConfidence;
  rule: string;
  note?: string;
}

/**
 * Extra names for panels, keyed by a name or alias the panel file already has (so the table does
 * not depend on panel ids). Each means exactly that panel.
 */
const PANEL_SYNONYMS: Record<string, string[]> = {
  血常规: ['血液常规', '血常规分析', '血细胞分析(五分类)', '血细胞分析五分类', '五分类血常规', '血常规五分类检查', '血细胞分析(血常规)', '血常规(血细胞分析)', '全血细胞计数(CBC)', '血液细胞分析', '血常规全套'],
  尿常规: ['尿液常规检查', '尿常规化学分析', '尿常规(干化学)', '尿液分析(尿常规)', '尿常规(尿液分析)'],
  凝血四项: ['凝血功能四项', '凝血4项检查', '凝血象', '凝血四项(PT+APTT+FIB+INR)'],
  肝功能: ['肝功能测定', '肝功能检测'],
  肾功能: ['肾功能测定', '肾功能检测'],
  乙肝两对半: ['乙肝三系', '乙肝三系统', 'HBV-M', 'HBVM', '乙肝五项定量', '乙肝五项定性', '乙肝两对半定量', '乙肝两对半定性', '乙肝病毒血清标志物', '乙肝标志物五项', '乙型肝炎五项定量', '乙肝五项(定量)', '乙肝五项(定性)'],
  血脂四项: ['血脂检测', '血脂测定'],
  电解质: ['电解质(钾钠氯钙)', '钾钠氯钙'],
  甲功三项: ['FT3+FT4+TSH', '甲状腺功能(三项)', '甲功(三项)'],
  甲功五项: ['甲状腺功能(五项)', '甲功(五项)'],
  心肌酶谱: ['心肌酶谱测定'],
};

/** Names that are several panels at once: split into a `multi` by the matcher. */
export const COMBINED_PANEL_NAMES: Record<string, string[]> = {
  肝肾功能: ['肝功能', '肾功能'],
  肝肾功: ['肝功能', '肾功能'],
  肝功肾功: ['肝功能', '肾功能'],
  肝功能肾功能: ['肝功能', '肾功能'],
  血尿常规: ['血常规', '尿常规'],
  血尿便常规: ['血常规', '尿常规', '便常规'],
  三大常规: ['血常规', '尿常规', '便常规'],
  肝肾功电解质: ['肝功能', '肾功能', '电解质'],
  肝肾功能电解质: ['肝功能', '肾功能', '电解质'],
  肝肾功血脂: ['肝功能', '肾功能', '血脂四项'],
};

/** Names that could be several panels: never matched, the reason names the candidates. */
export const AMBIGUOUS_PANEL_NAMES: Record<string, string[]> = {
  甲功: ['甲功三项', '甲功五项'],
  甲状腺功能: ['甲功三项', '甲功五项'],
  甲状腺功能检查: ['甲功三项', '甲功五项'],
  凝血: ['凝血四项', '凝血功能'],
  肿瘤标志物: [],
  术前四项: [],
  术前八项: [],
  输血前检查: [],
  生化: [],
  生化全套: [],
  生化常规: [],
  大生化: [],
  小生化: [],
};

const panelNameKey = (s: string): string => labKey(normalizeItemName(s));

/** Decorations that make a name a variant of a panel, never the panel itself for sure. */
const DECORATION = /(?:\([^()]*\)|全套|全项|常规|套餐|组合|[0-9一二三四五六七八九十]+项)$/u;

interface PanelIndex {
  byKey: Map<string, { panel: Panel; rule: string } | null>;
}

const cache = new WeakMap<CatalogSet, PanelIndex>();

function panelIndex(set: CatalogSet): PanelIndex {
  const cached = cache.get(set);
  if (cached) return cached;
  const byKey = new Map<string, { panel: Panel; rule: string } | null>();
  const claim = (name: string, panel: Panel, rule: string): void => {
    const k = panelNameKey(name);
    const prev = byKey.get(k);
    if (prev === undefined) byKey.set(k, { panel, rule });
    else if (prev !== null && prev.panel.id !== panel.id) byKey.set(k, null);
  };
  for (const panel of set.panels) {
    claim(panel.name, panel, 'panel-name');
    for (const alias of panel.aliases) claim(alias, panel, 'panel-alias');
  }
  for (const [anchor, names] of Object.entries(PANEL_SYNONYMS)) {
    const hit = byKey.get(panelNameKey(anchor));
    if (hit) for (const n of names) if (!byKey.has(panelNameKey(n))) byKey.set(panelNameKey(n), { panel: hit.panel, rule: 'panel-synonym' });
  }
  const index = { byKey };
  cache.set(set, index);
  return index;
}

/** The index as plain JSON, panels by position in the set (see `SerializedImagingIndex`). */
export interface SerializedPanelIndex {
  byKey: [string, { at: number; rule: string } | null][];
}

export function serializePanelIndex(set: CatalogSet): SerializedPanelIndex {
  return {
    byKey: [...panelIndex(set).byKey].map(([key, hit]) => [key, hit ? { at: set.panels.indexOf(hit.panel), rule: hit.rule } : null]),
  };
}

/** Installs a serialized index as `set`'s index. Throws if a position names no panel of `set`. */
export function restorePanelIndex(set: CatalogSet, data: SerializedPanelIndex): void {
  const byKey = new Map<string, { panel: Panel; rule: string } | null>();
  for (const [key, hit] of data.byKey) {
    const panel = hit ? set.panels[hit.at] : undefined;
    if (hit && !panel) throw new Error(`prebuilt panel index does not fit these panels: ${key} at ${hit.at}`);
    byKey.set(key, hit && panel ? { panel, rule: hit.rule } : null);
  }
  cache.set(set, { byKey });
}

/** Exact panel name / alias / synonym. */
export function matchPanelExact(normalized: string, set: CatalogSet): PanelHit | undefined {
  const hit = panelIndex(set).byKey.get(panelNameKey(normalized));
  return hit ? { panel: hit.panel, confidence: 'certain', rule: hit.rule } : undefined;
}

/** A panel name with a decoration (`肝功能(11项)`, `肾功五项`, `血常规全套`): probable only. */
export function matchPanelVariant(normalized: string, set: CatalogSet): PanelHit | undefined {
  let k = panelNameKey(normalized);
  const index = panelIndex(set);
  for (let i = 0; i < 3; i++) {
    const stripped = k.replace(DECORATION, '');
    if (stripped === k || stripped === '') return undefined;
    k = stripped;
    const hit = index.byKey.get(k);
    if (hit) {
      return {
        panel: hit.panel,
        confidence: 'probable',
        rule: 'panel-variant',
        note: `名称“${normalized}”带有项数或说明，套餐组成可能与“${hit.panel.name}”不同，需医生核对各组成项目`,
      };
    }
  }
  return undefined;
}

/** Panel by its own name or alias, for pinyin initials and combined names. */
export function findPanelByName(name: string, set: CatalogSet): Panel | undefined {
  return panelIndex(set).byKey.get(panelNameKey(name))?.panel;
}
