// Result ids that do not depend on where a row sits in a file: the same result read twice (the
// same file imported again, or the same row in a later export) gets the same id, so the store's
// put replaces it instead of adding it twice.
import type { PatientIdentifier } from './patient-groups.ts';
import { sha256Hex } from './sha256.ts';

export interface ResultIdParts {
  /** `csv`, `hl7v2`, … */
  source: string;
  /** The row's own most trusted identifier (see `primaryIdentifier`). */
  patient: PatientIdentifier;
  itemName: string;
  /** Normalised ISO time (`+08:00`), so `2026/11/03 10:20` and `2026-11-03 10:20:00` agree. */
  performedAt: string;
  institutionName: string;
}

/** `<source>:` + the first 32 hex digits (128 bits) of SHA-256 over the parts. */
export function derivedResultId(parts: ResultIdParts): string {
  const text = [parts.source, `${parts.patient.kind}:${parts.patient.value}`, parts.itemName, parts.performedAt, parts.institutionName].join('\u001f');
  return `${parts.source}:${sha256Hex(text).slice(0, 32)}`;
}
