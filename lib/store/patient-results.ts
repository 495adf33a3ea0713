// A patient's results live in the patient's own record (schema v5), packed (pack-results.ts): the
// lookup by identifier that finds the patient brings their results with it, and an import writes
// one record per patient (IndexedDB pays per record and per byte: see docs/benchmarks.md). Every
// read and write of results goes through this module.
import type { HrDatabase, StoredPatient, StoredResult } from './hr-database.ts';
import { countPacked, packResults, unpackResults } from './pack-results.ts';

export async function resultsOfPatient(db: HrDatabase, patientKey: string): Promise<StoredResult[]> {
  return resultsOfRecord(await db.patients.get(patientKey));
}

export function resultsOfRecord(record: StoredPatient | undefined): StoredResult[] {
  return record ? unpackResults(record.key, record.results) : [];
}

/** How many results a record holds, without unpacking them. */
export function countRecordResults(record: StoredPatient): number {
  return countPacked(record.results);
}

/** Merges results into a record's (a result with the same id is replaced). */
export function withResults(record: StoredPatient, results: readonly StoredResult[]): StoredPatient {
  const merged = new Map(resultsOfRecord(record).map((result) => [result.id, result]));
  for (const result of results) merged.set(result.id, { ...result, patientKey: record.key });
  return { ...record, results: packResults([...merged.values()]) };
}

/**
 * Adds or replaces results (by id) in their patients' records. Every result must belong to a stored
 * patient: a result nobody can be found by would never be shown, so it is refused, not kept.
 */
export async function putResults(db: HrDatabase, results: readonly StoredResult[]): Promise<void> {
  // Read and rewrite in one transaction (joining the caller's when there is one): the record holds the
  // patient's identity too, so a rewrite from a stale read could undo an erase or a concurrent import.
  await db.transaction('rw', db.patients, () => mergeResults(db, results));
}

async function mergeResults(db: HrDatabase, results: readonly StoredResult[]): Promise<void> {
  const byPatient = new Map<string, StoredResult[]>();
  for (const result of results) {
    const list = byPatient.get(result.patientKey);
    if (list) list.push(result);
    else byPatient.set(result.patientKey, [result]);
  }
  const keys = [...byPatient.keys()];
  const records = await db.patients.bulkGet(keys);
  const missing = keys.filter((_, index) => !records[index]);
  if (missing.length > 0) throw new Error(`没有这些患者的档案，结果未保存：${missing.join('、')}`);
  await db.patients.bulkPut(records.map((record, index) => withResults(record!, byPatient.get(keys[index]!)!)));
}

export async function countResults(db: HrDatabase): Promise<number> {
  let count = 0;
  await db.patients.each((record) => {
    count += countPacked(record.results);
  });
  return count;
}

export async function allResults(db: HrDatabase): Promise<StoredResult[]> {
  return (await db.patients.toArray()).flatMap((record) => resultsOfRecord(record));
}
