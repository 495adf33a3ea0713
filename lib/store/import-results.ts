// Writes a validated export file into the store in one transaction: an interrupted or failed
// import leaves the store as it was; importing the same file twice adds nothing twice.
import type { ExportFile } from './export-format.ts';
import { identifierKey, type HrDatabase, type StoredPatient, type StoredResult } from './hr-database.ts';

export interface ImportCounts {
  patients: number;
  results: number;
}

export async function importExportFile(db: HrDatabase, file: ExportFile): Promise<ImportCounts> {
  return db.transaction('rw', db.patients, db.results, async () => {
    const keyMap = new Map<string, string>();
    const patients: StoredPatient[] = [];
    for (const patient of file.patients) {
      const identifiers = patient.identifiers.map((id) => identifierKey(id.kind, id.value));
      // The same person may already be stored under another key (an earlier import): merge on any
      // shared identifier rather than creating a second record.
      const existing = await db.patients.where('identifiers').anyOf(identifiers).first();
      const key = existing?.key ?? patient.key;
      keyMap.set(patient.key, key);
      patients.push({
        key,
        identifiers: [...new Set([...(existing?.identifiers ?? []), ...identifiers])],
        name: patient.name,
        sex: patient.sex,
        birthDate: patient.birthDate,
      });
    }
    await db.patients.bulkPut(patients);
    const results: StoredResult[] = file.results.map(({ patientKey, ...rest }) => ({
      ...rest,
      patientKey: keyMap.get(patientKey) ?? patientKey,
    }));
    await db.results.bulkPut(results);
    return { patients: patients.length, results: results.length };
  });
}
