// How a prior imaging item relates to an ordered one. Identity is exact (modality, body part,
// laterality, plain/enhanced, projection); the one allowed bridge is an enhanced scan that includes
// the plain phase offered for a plain order, and only as the doctor's discretion (D10).
import type { ImagingItem } from '../catalog/catalog-schema.ts';
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { PolicySettings } from './policy-settings.ts';

export type ImagingRelation =
  | 'unrelated'
  | 'enhanced-covers-plain'
  | 'laterality-differs'
  | 'contrast-differs'
  | 'projection-differs';

export function imagingItemOf(set: CatalogSet, concept: string): ImagingItem | undefined {
  for (const entry of set.entriesByConcept.get(concept) ?? []) {
    if (entry.item.kind === 'imaging') return entry.item;
  }
  return undefined;
}

/** True when the list says the enhanced item includes the plain phase (普通扫描加增强 / 平扫加增强). */
export function statesPlainPhase(item: ImagingItem): boolean {
  return /平扫|普通扫描/.test(`${item.description}${item.name}`.replace(/\s+/g, ''));
}

/** Relation of two different concepts; same concept is handled by the caller. */
export function relateImaging(ordered: ImagingItem, prior: ImagingItem, policy: PolicySettings): ImagingRelation {
  if (ordered.modality !== prior.modality || ordered.bodyPart !== prior.bodyPart) return 'unrelated';
  if (ordered.laterality !== prior.laterality) return 'laterality-differs';
  if (ordered.projection !== prior.projection) return 'projection-differs';
  if (ordered.contrast === prior.contrast) return 'unrelated';
  if (ordered.contrast === 'plain' && prior.contrast === 'enhanced') {
    if (policy.enhancedForPlain === 'always') return 'enhanced-covers-plain';
    if (policy.enhancedForPlain === 'when-stated' && statesPlainPhase(prior)) return 'enhanced-covers-plain';
  }
  return 'contrast-differs';
}
