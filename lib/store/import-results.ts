// Writes a validated export file into the store in ONE transaction: an interrupted or failed import
// (closed page, quota, crash) leaves the store as it was; importing the same file twice adds nothing
// twice (ids are stable, patients merge on any shared identifier). Work is done in chunks inside
// that transaction so the caller can show progress.
import type { ExportFile } from './export-format.ts';
import { putResults } from './patient-results.ts';
import { identifierKey, type HrDatabase, type StoredInstitution, type StoredPatient, type StoredResult } from './hr-database.ts';

export interface ImportCounts {
  patients: number;
  results: number;
}

export type ImportProgress = (done: number, total: number) => void;

const CHUNK = 5_000;
const PATIENT_CHUNK = 2_000;

export async function importExportFile(db: HrDatabase, file: ExportFile, onProgress?: ImportProgress): Promise<ImportCounts> {
  const total = file.patients.length + file.results.length;
  let done = 0;
  return db.transaction('rw', db.patients, db.resultSets, db.institutions, async () => {
    const keyMap = new Map<string, string>();
    for (let start = 0; start < file.patients.length; start += CHUNK) {
      const chunk = file.patients.slice(start, start + CHUNK);
      const identifiersOf = chunk.map((patient) => patient.identifiers.map((id) => identifierKey(id.kind, id.value)));
      // One indexed query per chunk finds every patient already stored under any of these identifiers.
      const existing = await db.patients.where('identifiers').anyOf(identifiersOf.flat()).toArray();
      const byIdentifier = new Map<string, StoredPatient>();
      for (const patient of existing) for (const id of patient.identifiers) byIdentifier.set(id, patient);
      const merged = new Map<string, StoredPatient>();
      chunk.forEach((patient, index) => {
        const identifiers = identifiersOf[index]!;
        const match = identifiers.map((id) => byIdentifier.get(id)).find(Boolean);
        const key = match?.key ?? keyMap.get(patient.key) ?? patient.key;
        keyMap.set(patient.key, key);
        const previous = merged.get(key) ?? match;
        const record: StoredPatient = {
          key,
          identifiers: [...new Set([...(previous?.identifiers ?? []), ...identifiers])],
          name: patient.name,
          sex: patient.sex,
          birthDate: patient.birthDate,
        };
        merged.set(key, record);
        for (const id of record.identifiers) byIdentifier.set(id, record);
      });
      await db.patients.bulkPut([...merged.values()]);
      done += chunk.length;
      onProgress?.(done, total);
    }
    // Institutions named by results are remembered, so a captured result that prints only a name can
    // later be tied to a level and a region.
    const institutions = new Map<string, StoredInstitution>();
    for (const result of file.results) {
      institutions.set(result.institution.name, { ...result.institution, source: `import:${result.source}`, updatedAt: file.exportedAt });
    }
    await db.institutions.bulkPut([...institutions.values()]);
    // Results are written patient by patient (a patient's results are one record), a chunk of
    // patients at a time, so no patient's record is written twice.
    const byPatient = new Map<string, StoredResult[]>();
    for (const { patientKey, ...rest } of file.results) {
      const key = keyMap.get(patientKey) ?? patientKey;
      const list = byPatient.get(key);
      const result: StoredResult = { ...rest, patientKey: key };
      if (list) list.push(result);
      else byPatient.set(key, [result]);
    }
    const groups = [...byPatient.values()];
    for (let start = 0; start < groups.length; start += PATIENT_CHUNK) {
      const chunk = groups.slice(start, start + PATIENT_CHUNK).flat();
      await putResults(db, chunk);
      done += chunk.length;
      onProgress?.(done, total);
    }
    return { patients: keyMap.size === 0 ? 0 : new Set(keyMap.values()).size, results: file.results.length };
  });
}
