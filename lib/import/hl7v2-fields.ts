// Reading the HL7 v2 fields the importer needs: PID-3 identifiers by CX type code, XPN names,
// OBX-3 codings, OBX-5 values by value type, OBX-8 abnormal flags.
import type { IdentifierKind } from '../store/export-format.ts';
import type { ItemCode } from './import-types.ts';
import { componentOf, repetitionText, type Hl7Separators } from './hl7v2-reader.ts';
import { joinName } from './patient-values.ts';

/**
 * PID-3 CX-5 identifier type code → identifier kind (HL7 table 0203; NNCHN is the national person
 * identifier of China, i.e. the resident ID card). `''` is a PID-3 repetition without a type code:
 * PID-3 is the sending HIS/LIS's own patient identifier list, so it is taken as hisPatientId.
 */
export const DEFAULT_IDENTIFIER_TYPES: Readonly<Record<string, IdentifierKind | null>> = {
  '': 'hisPatientId',
  PI: 'hisPatientId',
  MR: 'hisPatientId',
  VN: 'hisVisitId',
  NNCHN: 'idCard',
  NI: 'idCard',
  HC: 'insuranceCard',
};

/** Coding system names in OBX-3 → the system kept with the code. */
function systemUri(system: string): string {
  return system === 'LN' || system.toUpperCase() === 'LOINC' ? 'http://loinc.org' : system || 'local';
}

export interface Hl7Item {
  text: string;
  codes: ItemCode[];
}

/** OBX-3 / OBR-4 (CE/CWE): identifier^text^system^alt identifier^alt text^alt system. */
export function readCodedItem(repetition: string, separators: Hl7Separators): Hl7Item {
  const c = (n: number) => componentOf(repetition, n, separators);
  const codes: ItemCode[] = [];
  for (const [code, text, system] of [[c(1), c(2), c(3)], [c(4), c(5), c(6)]] as const) {
    if (code === '') continue;
    const item: ItemCode = { system: systemUri(system), code };
    if (text !== '') item.display = text;
    codes.push(item);
  }
  return { text: c(2) || c(5), codes };
}

/** XPN: family^given^middle… (first repetition). */
export function readName(repetition: string, separators: Hl7Separators): string | undefined {
  return joinName(componentOf(repetition, 1, separators), componentOf(repetition, 2, separators));
}

const CODED_TYPES = new Set(['CE', 'CWE', 'CNE', 'CF']);

/** OBX-5 as display text: coded values by their text, SN joined, repetitions joined with `; `. */
export function readValue(valueType: string, repetitions: string[], separators: Hl7Separators): string | undefined {
  const parts = repetitions
    .map((repetition) => {
      if (CODED_TYPES.has(valueType)) return componentOf(repetition, 2, separators) || componentOf(repetition, 1, separators);
      if (valueType === 'SN') return repetition.split(separators.component).map((part) => part.trim()).join('');
      return repetitionText(repetition, separators);
    })
    .filter((part) => part !== '');
  return parts.length === 0 ? undefined : parts.join('; ');
}

/**
 * OBX-8 abnormal flags (table 0078): POS/DET → positive, NEG/ND → negative. H, L, A, N and the
 * rest say nothing about positive or negative and map to nothing.
 */
export function readFlags(flags: string[]): { result: 'positive' | 'negative' | null; conflict: boolean } {
  const found = new Set<'positive' | 'negative'>();
  for (const flag of flags.map((value) => value.trim().toUpperCase())) {
    if (flag === 'POS' || flag === 'DET') found.add('positive');
    if (flag === 'NEG' || flag === 'ND') found.add('negative');
  }
  if (found.size > 1) return { result: null, conflict: true };
  return { result: [...found][0] ?? null, conflict: false };
}

/** OBX-11 result status codes whose results are imported: final, corrected, changed to final. */
export const FINAL_STATUSES = new Set(['F', 'C', 'U', '']);

/** OBX-2 value types of report text (an imaging report), not a measured value. */
export const TEXT_TYPES = new Set(['TX', 'FT']);
