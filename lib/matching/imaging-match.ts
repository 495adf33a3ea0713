// Imaging: from a parsed descriptor to one catalog concept, or to "no match" with the reason.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { catalogImagingIndex } from './imaging-catalog.ts';
import type { CatalogImagingEntry } from './imaging-catalog.ts';
import { compareImaging } from './imaging-compare.ts';
import type { Comparison } from './imaging-compare.ts';
import type { ParsedImagingName } from './imaging-descriptor.ts';
import { bodyPartZh, isListedBodyPart } from './imaging-lexicon.ts';
import type { ItemMatch } from './match-types.ts';

export type ImagingOutcome = { ok: true; match: ItemMatch } | { ok: false; reason: string };

const MODALITY_ZH = { DR: 'X 线摄影（DR）', CT: 'CT', MR: '磁共振（MR）' } as const;

export function matchImagingDescriptor(d: ParsedImagingName, set: CatalogSet): ImagingOutcome {
  if (d.excluded.length > 0) {
    return { ok: false, reason: `名称含${d.excluded.join('、')}，不按互认清单中的平扫/增强/X 线摄影项目匹配` };
  }
  if (d.problems.length > 0) return { ok: false, reason: d.problems.join('；') };
  if (!d.modality) return { ok: false, reason: '未能识别检查方式（DR/CT/MR）' };
  if (!d.bodyPart) return { ok: false, reason: '未能识别检查部位' };
  if (!isListedBodyPart(d.bodyPart)) return { ok: false, reason: '该检查部位不在互认清单中' };

  const index = catalogImagingIndex(set);
  const scored: { entry: CatalogImagingEntry; cmp: Comparison }[] = index.entries.map((entry) => ({ entry, cmp: compareImaging(d, entry) }));
  const sameExam = scored.filter(({ cmp }) => cmp.mismatch === undefined || !/检查方式|检查部位/u.test(cmp.mismatch));
  const exact = new Map<string, Comparison>();
  const compatible = new Map<string, Comparison>();
  for (const { entry, cmp } of scored) {
    if (cmp.verdict === 'exact') exact.set(entry.concept, cmp);
    else if (cmp.verdict === 'compatible' && !compatible.has(entry.concept)) compatible.set(entry.concept, cmp);
  }
  for (const concept of exact.keys()) compatible.delete(concept);

  if (exact.size === 1) {
    const [concept] = [...exact.keys()];
    return { ok: true, match: { concept: concept as string, confidence: 'certain', rule: 'imaging-descriptor' } };
  }
  const nameOf = (concept: string): string => index.entries.find((e) => e.concept === concept)?.item.name ?? concept;
  const names = (concepts: Iterable<string>): string => [...new Set([...concepts].map(nameOf))].slice(0, 6).join('、');
  if (exact.size > 1) return { ok: false, reason: `名称可对应多个清单项目（${names(exact.keys())}）` };
  if (compatible.size === 1) {
    const [[concept, cmp]] = [...compatible.entries()] as [[string, Comparison]];
    return { ok: true, match: { concept, confidence: 'probable', rule: 'imaging-descriptor-partial', note: cmp.notes.join('；') } };
  }
  if (compatible.size > 1) {
    return { ok: false, reason: `名称信息不足，可对应多个清单项目（${names(compatible.keys())}），请在医嘱中注明侧别/平扫或增强/投照体位` };
  }
  if (sameExam.length === 0) {
    return { ok: false, reason: `互认清单中没有${bodyPartZh(d.bodyPart) ?? d.bodyPart}的${MODALITY_ZH[d.modality]}项目` };
  }
  const why = [...new Set(sameExam.map(({ cmp }) => cmp.mismatch).filter((m): m is string => !!m))];
  return {
    ok: false,
    reason: `与清单中同部位的${MODALITY_ZH[d.modality]}项目（${names(sameExam.map(({ entry }) => entry.concept))}）不一致：${why.join('；')}`,
  };
}
