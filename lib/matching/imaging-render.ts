// Write an imaging descriptor back as a Chinese item name, in one of many HIS spellings. Used by
// the property tests (flip one field, the match must never stay `certain`) and for training data.
import type { Contrast, Laterality, Modality } from '../catalog/catalog-schema.ts';
import { catalogBodyPartKey } from './imaging-catalog.ts';
import { BODY_PARTS } from './imaging-lexicon.ts';

export interface RenderableImaging {
  modality: Modality;
  bodyPart: string;
  laterality: Laterality;
  contrast: Contrast;
  /** Catalog projection key (`pa`, `frontal-lateral`, `infant-frontal`, `erect-ap`…) or `''`. */
  projection: string;
}

const MODALITY_WORDS: Record<Modality, string[]> = {
  CT: ['CT', '计算机体层(CT)', '计算机断层扫描', 'ＣＴ', '螺旋CT', 'CT '],
  MR: ['MR', 'MRI', '磁共振', '核磁共振', '核磁', 'ＭＲＩ'],
  DR: ['DR', 'X线', 'DR', 'X光'],
};
const SIDE_WORDS: Record<Laterality, string[]> = {
  left: ['左', '左侧', '左 '],
  right: ['右', '右侧', '右 '],
  bilateral: ['双', '双侧', '两侧'],
  none: [''],
};
const CONTRAST_WORDS: Record<Contrast, string[]> = {
  plain: ['平扫', '普通扫描', '平扫成像', ' 平扫'],
  enhanced: ['增强', '增强扫描', '平扫+增强', '平扫加增强', '普通扫描加增强扫描'],
  none: [''],
};
const PROJECTION_WORDS: Record<string, { words: string[]; prefix?: string; suffix?: string[] }> = {
  pa: { words: ['正位', '后前位', '站立后前位'] },
  'pa-lateral': { words: ['正侧位', '后前位及侧位', '正位+侧位'] },
  'infant-frontal': { words: ['正位'], prefix: '婴幼儿' },
  ap: { words: ['正位', '前后位'] },
  frontal: { words: ['正位'] },
  'frontal-lateral': { words: ['正侧位', '正位+侧位'] },
  'frontal-oblique': { words: ['正斜位'] },
  'bilateral-oblique': { words: ['双斜位'] },
  'open-mouth': { words: ['张口位', '开口位'] },
  'flexion-extension': { words: ['过伸过屈位', '过屈过伸位'] },
  'erect-ap': { words: ['立位'], suffix: ['平片', '片', 'X线片'] },
  recumbent: { words: ['卧位'], suffix: ['平片', '片'] },
};
const DECORATIONS = ['', '', '', '[250101001]', '*', '(自费)', '检查费', '(急)'];

function pick<T>(options: readonly T[], choice: number | undefined): T {
  const i = Math.abs(choice ?? 0) % options.length;
  return options[i] as T;
}

/** Body part words for a catalog key, loose near-synonyms and the one-character forms excluded. */
export function bodyPartWords(catalogKey: string): string[] {
  const key = catalogBodyPartKey(catalogKey) ?? catalogKey;
  const bp = BODY_PARTS.find((b) => b.part === key);
  return bp ? bp.terms.filter((t) => t.length > 1) : [catalogKey];
}

/**
 * Render a descriptor. `choices[i]` picks the i-th variable part (modality word, body word, side
 * word, contrast word, projection word, layout, decoration, width); missing choices pick the first.
 */
export function renderImagingName(d: RenderableImaging, choices: readonly number[] = []): string {
  const modality = pick(MODALITY_WORDS[d.modality], choices[0]);
  const body = pick(bodyPartWords(d.bodyPart), choices[1]);
  const side = pick(SIDE_WORDS[d.laterality], choices[2]);
  const contrast = pick(CONTRAST_WORDS[d.contrast], choices[3]);
  const proj = PROJECTION_WORDS[d.projection];
  const projection = proj ? pick(proj.words, choices[4]) : '';
  const prefix = proj?.prefix ?? '';
  const suffix = proj?.suffix ? pick(proj.suffix, choices[4]) : '';
  const layout = Math.abs(choices[5] ?? 0) % 3;
  let name: string;
  if (layout === 1) name = `${modality}${prefix}${side}${body}${contrast}${projection}${suffix}`;
  else if (layout === 2 && d.laterality !== 'none') name = `${prefix}${body}${modality}${contrast}${projection}${suffix}(${side.trim()})`;
  else name = `${prefix}${side}${body}${modality}${contrast}${projection}${suffix}`;
  const decoration = pick(DECORATIONS, choices[6]);
  name = decoration.startsWith('[') || decoration === '*' ? decoration + name : name + decoration;
  if (Math.abs(choices[7] ?? 0) % 2 === 1) name = toFullWidth(name);
  return name;
}

function toFullWidth(s: string): string {
  return s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /gu, '\u3000');
}
