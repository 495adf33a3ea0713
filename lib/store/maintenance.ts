// Store maintenance run by the background: the scheduled purge, erasing one patient, and the full
// export that can be restored through the import.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { OrderNameMatcher } from '../rules/prior-concepts.ts';
import { formatDate, shanghaiDateOf } from '../rules/shanghai-calendar.ts';
import type { ExportFile } from './export-format.ts';
import type { HrDatabase } from './hr-database.ts';
import { createRetentionJudge, type RetentionPolicy } from './retention.ts';

export interface PurgeCounts {
  results: number;
  patients: number;
}

export async function purgeExpired(db: HrDatabase, set: CatalogSet, match: OrderNameMatcher, now: Date, policy?: RetentionPolicy): Promise<PurgeCounts> {
  const judge = createRetentionJudge(set, match, policy);
  const today = formatDate(shanghaiDateOf(now.getTime()));
  const expired: string[] = [];
  await db.results.each((result) => {
    if (judge.keepUntil(result) < today) expired.push(result.id);
  });
  return db.transaction('rw', db.results, db.patients, db.decisions, async () => {
    await db.results.bulkDelete(expired);
    // A patient with nothing left that the rules could use is not kept either.
    const keys = await db.patients.toCollection().primaryKeys();
    const remove: string[] = [];
    for (const key of keys) {
      if ((await db.results.where('patientKey').equals(key).count()) === 0) remove.push(key);
    }
    await db.patients.bulkDelete(remove);
    return { results: expired.length, patients: remove.length };
  });
}

/** Erases everything about one patient: identity, results and this workstation's decisions. */
export async function erasePatient(db: HrDatabase, patientKey: string): Promise<{ results: number; decisions: number }> {
  return db.transaction('rw', db.patients, db.results, db.decisions, async () => {
    const results = await db.results.where('patientKey').equals(patientKey).delete();
    const decisions = await db.decisions.filter((decision) => decision.patientKey === patientKey).delete();
    await db.patients.delete(patientKey);
    return { results, decisions };
  });
}

/** Everything the store holds about patients and results, in the product's own (importable) format. */
export async function exportStore(db: HrDatabase, now: Date): Promise<ExportFile> {
  const [patients, results] = await Promise.all([db.patients.toArray(), db.results.toArray()]);
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
