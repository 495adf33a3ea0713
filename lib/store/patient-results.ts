// A patient's results are stored together, one record per patient (`resultSets`): "this patient's
// results" is a single key lookup whatever the store's size, and imports write a tenth of the records
// (IndexedDB pays per record: measured in Chromium here, one row per record imports ~5k rows/s, ten
// rows per record ~35k rows/s; see docs/benchmarks.md). Every read and write of results goes
// through this module.
import type { HrDatabase, StoredResult, StoredResultSet } from './hr-database.ts';

export async function resultsOfPatient(db: HrDatabase, patientKey: string): Promise<StoredResult[]> {
  return (await db.resultSets.get(patientKey))?.results ?? [];
}

/** Adds or replaces results (by id), merged into their patients' sets. Run inside a transaction that
 *  includes `resultSets` when it must be atomic with other writes. */
export async function putResults(db: HrDatabase, results: readonly StoredResult[]): Promise<void> {
  const byPatient = new Map<string, StoredResult[]>();
  for (const result of results) {
    const list = byPatient.get(result.patientKey);
    if (list) list.push(result);
    else byPatient.set(result.patientKey, [result]);
  }
  const keys = [...byPatient.keys()];
  const existing = await db.resultSets.bulkGet(keys);
  const sets: StoredResultSet[] = keys.map((patientKey, index) => {
    const merged = new Map((existing[index]?.results ?? []).map((result) => [result.id, result]));
    for (const result of byPatient.get(patientKey)!) merged.set(result.id, result);
    return { patientKey, results: [...merged.values()] };
  });
  await db.resultSets.bulkPut(sets);
}

export async function deleteResultsOfPatient(db: HrDatabase, patientKey: string): Promise<number> {
  const set = await db.resultSets.get(patientKey);
  await db.resultSets.delete(patientKey);
  return set?.results.length ?? 0;
}

export async function countResults(db: HrDatabase): Promise<number> {
  let count = 0;
  await db.resultSets.each((set) => {
    count += set.results.length;
  });
  return count;
}

export async function allResults(db: HrDatabase): Promise<StoredResult[]> {
  return (await db.resultSets.toArray()).flatMap((set) => set.results);
}
