// The workstation's store: IndexedDB in the extension's own origin, opened only by the background
// and extension pages (never by a content script, where it would belong to the hospital page's origin).
//
// Every schema version stays listed in SCHEMA_VERSIONS: Dexie needs the history to upgrade an old
// workstation, and tests/unit/store-schema-upgrade.test.ts opens a fixture database of each version
// with the current code and checks that nothing was lost.
import { Dexie, type EntityTable } from 'dexie';
import type { ExceptionCode, Institution, VerdictStatus } from '../rules/evaluate-schema.ts';
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

/** The audit log of what the doctor chose, one per item and visit (written before the panel confirms). */
export interface StoredDecision {
  id: string;
  /** `patientKey|visit`: the HIS visit number when the screen shows one, else the Shanghai date. */
  visitKey: string;
  patientKey: string;
  concept: string;
  catalogId: string;
  orderName: string;
  itemName: string;
  itemStatus: VerdictStatus;
  choice: 'accept' | 'retest' | 'patient-declines';
  exception?: ExceptionCode;
  reasonDetail?: string;
  informedParty?: 'patient' | 'family';
  priorId?: string;
  recordText: string;
  missing: string[];
  decidedAt: string;
  adapterId: string;
  orderingInstitution: string;
}

export interface StoredSetting {
  key: string;
  value: unknown;
  updatedAt: string;
}

export type HrDatabase = Dexie & {
  patients: EntityTable<StoredPatient, 'key'>;
  results: EntityTable<StoredResult, 'id'>;
  decisions: EntityTable<StoredDecision, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
};

export const DATABASE_NAME = 'hr-assistant';

/** The schema history, oldest first. Never edit a shipped version: add a new one. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { patients: 'key, *identifiers', results: 'id, patientKey, performedAt' } },
  {
    version: 2,
    stores: {
      patients: 'key, *identifiers',
      results: 'id, patientKey, performedAt',
      decisions: 'id, visitKey, [visitKey+concept], decidedAt',
      settings: 'key',
    },
  },
];

export function openHrDatabase(name: string = DATABASE_NAME, upTo: number = Number.POSITIVE_INFINITY): HrDatabase {
  const db = new Dexie(name) as HrDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) {
    if (version <= upTo) db.version(version).stores(stores);
  }
  return db;
}

export function identifierKey(kind: string, value: string): string {
  return `${kind}:${value.trim()}`;
}
