// The workstation's store: IndexedDB in the extension's own origin, opened only by the background
// and extension pages (never by a content script, where it would belong to the hospital page's origin).
import { Dexie, type EntityTable } from 'dexie';
import type { Institution } from '../rules/evaluate-schema.ts';
import type { Mark } from '../catalog/catalog-schema.ts';

export interface StoredPatient {
  key: string;
  /** `kind:value`, e.g. `hisPatientId:MZ20260001`; a multi-entry index finds a patient by any of them. */
  identifiers: string[];
  name: string;
  sex: string;
  birthDate: string;
}

export interface StoredResult {
  id: string;
  patientKey: string;
  itemName: string;
  performedAt: string;
  reportedAt?: string;
  institution: Institution;
  mark: Mark | null;
  result?: 'positive' | 'negative' | null;
  value?: string;
  unit?: string;
  archiveNo?: string;
  source: string;
}

export type HrDatabase = Dexie & {
  patients: EntityTable<StoredPatient, 'key'>;
  results: EntityTable<StoredResult, 'id'>;
};

export const DATABASE_NAME = 'hr-assistant';

export function openHrDatabase(name: string = DATABASE_NAME): HrDatabase {
  const db = new Dexie(name) as HrDatabase;
  db.version(1).stores({
    patients: 'key, *identifiers',
    results: 'id, patientKey, performedAt',
  });
  return db;
}

export function identifierKey(kind: string, value: string): string {
  return `${kind}:${value.trim()}`;
}
