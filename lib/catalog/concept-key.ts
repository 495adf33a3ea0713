// Concept keys and name keys, shared by the loader (which enforces them) and the name matcher
// (which builds the same keys from HIS order names). One definition, so the two cannot drift.
import type { Contrast, Laterality, Modality } from './catalog-schema.ts';

export interface ImagingDescriptor {
  modality: Modality;
  bodyPart: string;
  laterality: Laterality;
  contrast: Contrast;
  /** `''` when the exam has no projection (CT/MR). */
  projection: string;
}

/**
 * `img:<modality>:<bodyPart>:<laterality>:<contrast>:<projection>`; an empty projection is written
 * `none` so that every key has six non-empty segments.
 */
export function imagingConceptKey(d: ImagingDescriptor): string {
  return `img:${d.modality}:${d.bodyPart}:${d.laterality}:${d.contrast}:${d.projection === '' ? 'none' : d.projection}`;
}

/** `lab:` followed by an uppercase abbreviation, e.g. `lab:WBC`, `lab:U-PRO`, `lab:HDL-C`. */
export const LAB_CONCEPT_PATTERN = /^lab:[A-Z0-9][A-Z0-9-]*$/;

/** kebab-case body part keys (`lumbar-spine`, `tibia-fibula`). */
export const BODY_PART_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The form in which two names are compared for collisions: Unicode-compatibility folded (full-width
 * letters, digits and brackets become half-width), lower case, whitespace removed. Deliberately
 * minimal: it must never make two different items equal (so no punctuation or 左/左侧 folding).
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
