// Store maintenance run by the background: the scheduled purge, erasing one patient, and the full
// export that can be restored through the import.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { OrderNameMatcher } from '../rules/prior-concepts.ts';
import { formatDate, shanghaiDateOf } from '../rules/shanghai-calendar.ts';
import type { ExportFile } from './export-format.ts';
import type { HrDatabase } from './hr-database.ts';
import { createRetentionJudge, type RetentionPolicy } from './retention.ts';
import { allResults, deleteResultsOfPatient } from './patient-results.ts';

export interface PurgeCounts {
  results: number;
  patients: number;
}

/** Patients per purge transaction: short transactions, with a pause between them, so warnings keep
 *  being answered while a large store is purged (one long transaction held them up for a minute). */
const PURGE_CHUNK = 500;

export async function purgeExpired(db: HrDatabase, set: CatalogSet, match: OrderNameMatcher, now: Date, policy?: RetentionPolicy): Promise<PurgeCounts> {
  const judge = createRetentionJudge(set, match, policy);
  const today = formatDate(shanghaiDateOf(now.getTime()));
  const keys = await db.resultSets.toCollection().primaryKeys();
  let results = 0;
  let patients = 0;
  for (let start = 0; start < keys.length; start += PURGE_CHUNK) {
    const chunk = keys.slice(start, start + PURGE_CHUNK);
    await db.transaction('rw', db.resultSets, db.patients, async () => {
      const sets = await db.resultSets.bulkGet(chunk);
      const changed = [];
      const emptied: string[] = [];
      for (const resultSet of sets) {
        if (!resultSet) continue;
        const kept = resultSet.results.filter((result) => judge.keepUntil(result) >= today);
        if (kept.length === resultSet.results.length) continue;
        results += resultSet.results.length - kept.length;
        if (kept.length === 0) emptied.push(resultSet.patientKey);
        else changed.push({ patientKey: resultSet.patientKey, results: kept });
      }
      await db.resultSets.bulkPut(changed);
      // A patient with nothing left that the rules could use is not kept either.
      await db.resultSets.bulkDelete(emptied);
      await db.patients.bulkDelete(emptied);
      patients += emptied.length;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // Patients who never had a result (or lost them before this version) go too.
  const withResults = new Set(await db.resultSets.toCollection().primaryKeys());
  const orphans = (await db.patients.toCollection().primaryKeys()).filter((key) => !withResults.has(key));
  await db.patients.bulkDelete(orphans);
  return { results, patients: patients + orphans.length };
}

/** Erases everything about one patient: identity, results and this workstation's decisions. */
export async function erasePatient(db: HrDatabase, patientKey: string): Promise<{ results: number; decisions: number }> {
  return db.transaction('rw', db.patients, db.resultSets, db.decisions, async () => {
    const results = await deleteResultsOfPatient(db, patientKey);
    const decisions = await db.decisions.filter((decision) => decision.patientKey === patientKey).delete();
    await db.patients.delete(patientKey);
    return { results, decisions };
  });
}

/** Everything the store holds about patients and results, in the product's own (importable) format. */
export async function exportStore(db: HrDatabase, now: Date): Promise<ExportFile> {
  const [patients, results] = await Promise.all([db.patients.toArray(), allResults(db)]);
  return {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: now.toISOString(),
    patients: patients.map((patient) => ({
      key: patient.key,
      identifiers: patient.identifiers.map((entry) => {
        const split = entry.indexOf(':');
        return { kind: entry.slice(0, split) as ExportFile['patients'][number]['identifiers'][number]['kind'], value: entry.slice(split + 1) };
      }),
      name: patient.name,
      sex: patient.sex as ExportFile['patients'][number]['sex'],
      birthDate: patient.birthDate,
    })),
    results: results.map((result) => ({ ...result })),
  };
}
