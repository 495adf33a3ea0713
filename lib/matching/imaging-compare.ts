// Compare an order's imaging descriptor with one catalog entry, field by field.
// `exact`: every field equal (→ certain). `compatible`: nothing contradicts, but something is not
// stated or only near-equal (→ at most probable). `mismatch`: a field differs (→ never a match).
import type { CatalogImagingEntry } from './imaging-catalog.ts';
import { comparableBodyPart } from './imaging-catalog.ts';
import type { ParsedImagingName } from './imaging-descriptor.ts';
import { BODY_PARTS } from './imaging-lexicon.ts';
import type { ImagingFlag } from './imaging-lexicon.ts';

export type FieldVerdict = 'exact' | 'compatible' | 'mismatch';

export interface Comparison {
  verdict: FieldVerdict;
  /** zh-CN: why only compatible. */
  notes: string[];
  /** zh-CN: the first field that differs. */
  mismatch?: string;
}

const SIDE_ZH = { left: '左侧', right: '右侧', bilateral: '双侧', none: '未分侧', single: '单侧（未注明左右）' } as const;
const CONTRAST_ZH = { plain: '平扫', enhanced: '增强', none: '无' } as const;
const POSTURE_ZH = { standing: '立位', lying: '卧位', bedside: '床旁' } as const;

export const FLAG_NOTES: Record<ImagingFlag, string> = {
  hrct: '高分辨率 CT（HRCT）按胸部 CT 平扫处理，但其薄层重建未必与常规平扫等同，需医生确认',
  'low-dose': '低剂量 CT 按同部位 CT 平扫处理，但剂量与图像质量不同，需医生确认',
  'thin-slice': '薄层扫描/靶重建需要原始数据，外院平扫未必满足，需医生确认',
  'post-processing': '含三维重建/图像后处理，外院图像未必能满足后处理要求，需医生确认',
  'computed-radiography': 'CR 摄影按 X 线摄影（DR）处理，需医生确认',
  multiphase: '多期/动态增强的扫描方案可能与常规增强不同，需医生确认',
  'contrast-agent': '名称含对比剂费用，与平扫/增强的判断可能不一致，需医生确认',
  'extra-sequence': '名称含附加序列（DWI/SWI 等），外院检查未必包含该序列，需医生确认',
  'loose-projection': '“动力位/功能位”按过伸过屈位处理，需医生确认',
};

const PAIRED = new Set(BODY_PARTS.filter((b) => b.paired).map((b) => b.part));

export function compareImaging(d: ParsedImagingName, e: CatalogImagingEntry): Comparison {
  const notes: string[] = [];
  const mismatch = (why: string): Comparison => ({ verdict: 'mismatch', notes, mismatch: why });
  const modality = e.item.modality;
  if (d.modality !== modality) return mismatch(`检查方式不同（${d.modality ?? '未注明'} ≠ ${modality}）`);
  if (!d.bodyPart || comparableBodyPart(d.bodyPart, modality) !== e.bodyPart) return mismatch('检查部位不同');
  if (d.bodyPartLoose) notes.push('部位名称为近义写法，需医生确认');
  if (e.bodyPartLoose) notes.push('清单项目的部位名称存在印刷差异，需医生确认');
  if (d.age !== e.age) return mismatch(d.age === 'child' ? '“儿童/小儿”未说明是否婴幼儿' : '年龄组不同（婴幼儿项目单列）');

  // Side.
  if (d.side === undefined) {
    if (e.side !== 'none') notes.push(`医嘱未注明侧别，清单项目为${SIDE_ZH[e.side]}`);
  } else if (d.side === 'single') {
    if (e.side === 'bilateral') return mismatch('单侧 ≠ 双侧');
    notes.push(`医嘱为单侧但未注明左右，清单项目为${SIDE_ZH[e.side]}`);
  } else if (e.side === 'none') {
    if (!PAIRED.has(e.bodyPart)) return mismatch(`侧别不同（${SIDE_ZH[d.side]} ≠ 不分侧）`);
    notes.push(`清单项目未注明侧别，医嘱为${SIDE_ZH[d.side]}`);
  } else if (d.side !== e.side) {
    return mismatch(`侧别不同（${SIDE_ZH[d.side]} ≠ ${SIDE_ZH[e.side]}）`);
  }

  // Contrast.
  if (modality === 'DR') {
    if (d.contrast) return mismatch('X 线摄影无平扫/增强之分');
  } else if (d.contrast === undefined) {
    if (e.contrast !== 'plain') return mismatch(`医嘱未注明增强，清单项目为${CONTRAST_ZH[e.contrast]}`);
    notes.push('医嘱未注明平扫或增强，按平扫处理');
  } else if (d.contrast !== e.contrast) {
    return mismatch(`平扫/增强不同（${CONTRAST_ZH[d.contrast]} ≠ ${CONTRAST_ZH[e.contrast]}）`);
  }

  // Projection (DR only; CT/MR names with projections are refused by the parser).
  if (d.views.length === 0) {
    if (e.views.length > 0) notes.push('医嘱未注明投照体位');
  } else if (e.views.length === 0) {
    notes.push('清单项目未注明投照体位');
  } else {
    if (d.views.join('+') !== e.views.join('+')) return mismatch('投照体位不同');
    if (d.direction && e.direction && d.direction !== e.direction) return mismatch('投照方向不同（后前位/前后位）');
  }

  // Posture.
  if (d.posture) {
    if (!e.posture) notes.push(`医嘱注明${POSTURE_ZH[d.posture]}，清单项目未注明体位`);
    else if (d.posture !== e.posture) return mismatch(`体位不同（${POSTURE_ZH[d.posture]} ≠ ${POSTURE_ZH[e.posture]}）`);
  }

  for (const flag of d.flags) notes.push(FLAG_NOTES[flag]);
  if (d.modalityInferred && d.leftover) notes.push('未注明检查方式');
  if (d.leftover) notes.push(`名称中有未能识别的内容“${d.leftover}”`);
  return { verdict: notes.length === 0 ? 'exact' : 'compatible', notes };
}
