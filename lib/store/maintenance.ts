// Store maintenance run by the background: the scheduled purge, erasing one patient, and the full
// export that can be restored through the import.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { OrderNameMatcher } from '../rules/prior-concepts.ts';
import { formatDate, shanghaiDateOf, shanghaiDateString } from '../rules/shanghai-calendar.ts';
import type { ExportFile } from './export-format.ts';
import type { HrDatabase, StoredPatient } from './hr-database.ts';
import { packResults } from './pack-results.ts';
import { createRetentionJudge, type RetentionPolicy } from './retention.ts';
import { resultsOfPatient, resultsOfRecord } from './patient-results.ts';

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
  const keys = await db.patients.toCollection().primaryKeys();
  let results = 0;
  let patients = 0;
  for (let start = 0; start < keys.length; start += PURGE_CHUNK) {
    const chunk = keys.slice(start, start + PURGE_CHUNK);
    await db.transaction('rw', db.patients, async () => {
      const records = await db.patients.bulkGet(chunk);
      const changed: StoredPatient[] = [];
      const emptied: string[] = [];
      for (const record of records) {
        if (!record) continue;
        const all = resultsOfRecord(record);
        const kept = all.filter((result) => judge.keepUntil(result) >= today);
        results += all.length - kept.length;
        // A patient with nothing left that the rules could use is not kept either (nor one who
        // never had a result).
        if (kept.length === 0) emptied.push(record.key);
        else if (kept.length < all.length) changed.push({ ...record, results: packResults(kept) });
      }
      await db.patients.bulkPut(changed);
      await db.patients.bulkDelete(emptied);
      patients += emptied.length;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // The doctor's identity answers hold for one showing of a screen, within its day; they are kept a
  // day longer as the audit of why a prior was applied (the decisions made under them say so too),
  // then deleted: after that they are only names.
  const yesterday = formatDate(shanghaiDateOf(now.getTime() - 86_400_000));
  await db.identityChecks.filter((check) => shanghaiDateString(check.decidedAt) < yesterday).delete();
  return { results, patients };
}

/** Erases everything about one patient: identity, results and this workstation's decisions. */
export async function erasePatient(db: HrDatabase, patientKey: string): Promise<{ results: number; decisions: number }> {
  return db.transaction('rw', db.patients, db.decisions, db.identityChecks, async () => {
    const results = (await resultsOfPatient(db, patientKey)).length;
    const decisions = await db.decisions.filter((decision) => decision.patientKey === patientKey).delete();
    await db.identityChecks.filter((check) => check.patientKey === patientKey).delete();
    await db.patients.delete(patientKey);
    return { results, decisions };
  });
}

/** Everything the store holds about patients and results, in the product's own (importable) format. */
export async function exportStore(db: HrDatabase, now: Date): Promise<ExportFile> {
  // A record without any identifier (results the v5 upgrade found with no patient) can be found by
  // nobody and the import would refuse it: it stays in the store but is not exported.
  const patients = (await db.patients.toArray()).filter((record) => record.identifiers.length > 0);
  const results = patients.flatMap((record) => resultsOfRecord(record));
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
