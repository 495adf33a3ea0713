// The workstation's store: IndexedDB in the extension's own origin, opened only by the background
// and extension pages (never by a content script, where it would belong to the hospital page's origin).
//
// Every schema version stays listed in SCHEMA_VERSIONS: Dexie needs the history to upgrade an old
// workstation, and tests/unit/store-schema-upgrade.test.ts opens a fixture database of each version
// with the current code and checks that nothing was lost.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ExceptionCode, Institution, VerdictStatus } from '../rules/evaluate-schema.ts';
import type { Mark } from '../catalog/catalog-schema.ts';
import { packResults } from './pack-results.ts';

/** A patient's identity as stored (and as imported): who, by which identifiers. */
export interface PatientIdentity {
  key: string;
  /** `kind:value`, e.g. `hisPatientId:MZ20260001`; a multi-entry index finds a patient by any of them. */
  identifiers: string[];
  name: string;
  sex: string;
  birthDate: string;
}

/**
 * One patient's record (schema v5): identity and all their results together, so the lookup by
 * identifier that finds the patient also brings their results, and an import writes one record per
 * patient. Results are packed (patient-results.ts is the only module that packs and unpacks them).
 */
export interface StoredPatient extends PatientIdentity {
  results: PackedResults;
}

/**
 * A patient's results as stored: each result a row of values in a fixed order (PACKED_RESULT_FIELDS),
 * its institution an index into `institutions` (listed once per patient). Property names repeated in
 * every result were ~40% of the bytes IndexedDB had to write and read.
 */
export interface PackedResults {
  institutions: Institution[];
  rows: PackedResultRow[];
}

export type PackedResultRow = [
  id: string,
  itemName: string,
  performedAt: string,
  reportedAt: string | undefined,
  institution: number,
  mark: Mark | null,
  result: 'positive' | 'negative' | null | undefined,
  value: string | undefined,
  unit: string | undefined,
  archiveNo: string | undefined,
  source: string,
];

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

/** Schema v4's table of one patient's results (folded into `patients` by v5; kept for the upgrade). */
interface V4ResultSet {
  patientKey: string;
  results: StoredResult[];
}

/** The audit log of what the doctor chose, one per item and visit (written before the panel confirms). */
export interface StoredDecision {
  id: string;
  /**
   * `patientKey|visit:…` when the screen shows a visit number, else `patientKey|day:<Shanghai date>`;
   * for a patient confirmed by name, sex and age with no visit number, `patientKey|showing:<tag>`
   * (the choice belongs to that showing of the screen only).
   */
  visitKey: string;
  patientKey: string;
  /** The patient was tied by the doctor's confirmation of name, sex and age (no identifier on screen). */
  identityConfirmed?: true;
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
  /**
   * Yuan not charged because the order was accepted whole (not a partly covered panel), read from the
   * screen; counted once per order and visit in the monthly 节约费用 figure.
   */
  feeSaved?: number;
  decidedAt: string;
  adapterId: string;
  orderingInstitution: string;
}

/**
 * The doctor's answer to "is the patient on screen this stored patient?" when the screen showed only
 * name, sex and age (or an identifier the store does not know): it applies to one showing of one
 * screen (lib/background/resolve-identity.ts), and is kept a day longer as the audit.
 */
export interface StoredIdentityCheck {
  id: string;
  /** The showing it was given about: screen token, which of its patients, what it showed, the day (resolve-identity.ts showingScopeKey). */
  screenKey: string;
  /** The patient the answer is about. */
  patientKey: string;
  same: boolean;
  decidedAt: string;
  /** The screen it was given on (audit: which department screens lack an identifier). */
  adapterId: string;
}

/** An institution as results name it, with what the rules need to know about it. */
export interface StoredInstitution {
  name: string;
  level: Institution['level'];
  region: Institution['region'];
  ownership: Institution['ownership'];
  alliances?: string[];
  /** Where it was learnt: an import, the deployment's table, or manual entry. */
  source: string;
  updatedAt: string;
}

/** 川渝互认标准 二.4: an institution that failed or skipped EQA for an item loses recognition for it. */
export interface StoredQcRevocation {
  id?: number;
  institution: string;
  item: string;
  since?: string;
  note?: string;
}

export interface StoredSetting {
  key: string;
  value: unknown;
  updatedAt: string;
}

export type HrDatabase = Dexie & {
  patients: EntityTable<StoredPatient, 'key'>;
  decisions: EntityTable<StoredDecision, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
  institutions: EntityTable<StoredInstitution, 'name'>;
  qcRevocations: EntityTable<StoredQcRevocation, 'id'>;
  identityChecks: EntityTable<StoredIdentityCheck, 'id'>;
};

export const DATABASE_NAME = 'hr-assistant';

/** The schema history, oldest first. Never edit a shipped version: add a new one. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string | null> }[] = [
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
  {
    version: 3,
    stores: {
      patients: 'key, *identifiers',
      results: 'id, patientKey, performedAt',
      decisions: 'id, visitKey, [visitKey+concept], decidedAt',
      settings: 'key',
      institutions: 'name',
      qcRevocations: '++id, institution, [institution+item]',
    },
  },
  {
    version: 4,
    stores: {
      patients: 'key, *identifiers',
      results: null,
      resultSets: 'patientKey',
      decisions: 'id, visitKey, [visitKey+concept], decidedAt',
      settings: 'key',
      institutions: 'name',
      qcRevocations: '++id, institution, [institution+item]',
    },
  },
  {
    version: 5,
    stores: {
      patients: 'key, *identifiers',
      resultSets: null,
      decisions: 'id, visitKey, [visitKey+concept], decidedAt',
      settings: 'key',
      institutions: 'name',
      qcRevocations: '++id, institution, [institution+item]',
    },
  },
  {
    // v6: patients by name, to offer a name + sex + age match for the doctor to confirm; and the
    // doctor's answers to those offers.
    version: 6,
    stores: {
      patients: 'key, *identifiers, name',
      decisions: 'id, visitKey, [visitKey+concept], decidedAt',
      settings: 'key',
      institutions: 'name',
      qcRevocations: '++id, institution, [institution+item]',
      identityChecks: 'id, screenKey',
    },
  },
];

/** Patients per step of the v5 upgrade (a 1M-result store is not held in memory at once). */
const UPGRADE_CHUNK = 2_000;

/**
 * Data migrations, by the version they upgrade to. v3: learn the institutions already named by
 * stored results, so captured results (which print only a name) can be tied to a level and region.
 */
const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  3: async (tx) => {
    const seen = new Map<string, StoredInstitution>();
    await tx.table('results').each((result: StoredResult) => {
      seen.set(result.institution.name, { ...result.institution, source: 'upgrade-v3', updatedAt: result.performedAt });
    });
    await tx.table('institutions').bulkPut([...seen.values()]);
  },
  // v4: one record per patient instead of one per result (the old table is dropped afterwards).
  4: async (tx) => {
    const byPatient = new Map<string, StoredResult[]>();
    await tx.table('results').each((result: StoredResult) => {
      const list = byPatient.get(result.patientKey);
      if (list) list.push(result);
      else byPatient.set(result.patientKey, [result]);
    });
    await tx.table('resultSets').bulkPut([...byPatient].map(([patientKey, results]) => ({ patientKey, results })));
  },
  // v5: each patient's results move into the patient's own record, packed (the old table is dropped
  // afterwards). Results under a key with no patient record (none should exist) are kept under an
  // empty identity rather than lost.
  5: async (tx) => {
    const setKeys = (await tx.table('resultSets').toCollection().primaryKeys()) as string[];
    const patientKeys = (await tx.table('patients').toCollection().primaryKeys()) as string[];
    const keys = [...new Set([...patientKeys, ...setKeys])];
    for (let start = 0; start < keys.length; start += UPGRADE_CHUNK) {
      const chunk = keys.slice(start, start + UPGRADE_CHUNK);
      const [patients, sets] = await Promise.all([
        tx.table('patients').bulkGet(chunk) as Promise<(PatientIdentity | undefined)[]>,
        tx.table('resultSets').bulkGet(chunk) as Promise<(V4ResultSet | undefined)[]>,
      ]);
      const records: StoredPatient[] = chunk.map((key, index) => ({
        ...(patients[index] ?? { key, identifiers: [], name: '', sex: '', birthDate: '' }),
        results: packResults(sets[index]?.results ?? []),
      }));
      await tx.table('patients').bulkPut(records);
    }
  },
};

export function openHrDatabase(name: string = DATABASE_NAME, upTo: number = Number.POSITIVE_INFINITY): HrDatabase {
  const db = new Dexie(name) as HrDatabase;
  for (const { version, stores } of SCHEMA_VERSIONS) {
    if (version > upTo) continue;
    const declared = db.version(version).stores(stores);
    const upgrade = UPGRADES[version];
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

export function identifierKey(kind: string, value: string): string {
  return `${kind}:${value.trim()}`;
}
