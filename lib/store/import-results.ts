// Writes a validated export file into the store in ONE transaction: an interrupted or failed import
// (closed page, quota, crash) leaves the store as it was; importing the same file twice adds nothing
// twice (ids are stable, patients merge on any shared identifier). Work is done in chunks inside
// that transaction so the caller can show progress.
//
// Each patient is one record holding their results (schema v5), written once: patients of the file
// that share an identifier are joined in memory first, then each chunk is merged with what the store
// already holds under those identifiers. An empty store has nobody to merge with, so a first import
// (a new workstation's bulk load) skips those queries; that is exact, not a guess: this transaction
// holds the patients table, so nobody can add a patient meanwhile.
import type { ExportFile, ExportPatient, ExportResult } from './export-format.ts';
import { identifierKey, type HrDatabase, type StoredInstitution, type StoredPatient, type StoredResult } from './hr-database.ts';
import { packResults } from './pack-results.ts';
import { resultsOfRecord } from './patient-results.ts';

export interface ImportCounts {
  patients: number;
  results: number;
}

export type ImportProgress = (done: number, total: number) => void;

/** Patients (with their results) per write. */
const CHUNK = 2_000;

/** Patients of the file joined by shared identifiers: one future record each. */
interface PatientGroup {
  /** The file's patient keys in this group, in file order. */
  fileKeys: string[];
  identifiers: string[];
  /** The last entry of the file wins for name, sex and birth date. */
  latest: ExportPatient;
  results: ExportResult[];
}

export async function importExportFile(db: HrDatabase, file: ExportFile, onProgress?: ImportProgress): Promise<ImportCounts> {
  const total = file.patients.length + file.results.length;
  const groups = groupPatients(file);
  // Institutions named by results are remembered, so a captured result that prints only a name can
  // later be tied to a level and a region.
  const institutions = new Map<string, StoredInstitution>();
  for (const result of file.results) {
    institutions.set(result.institution.name, { ...result.institution, source: `import:${result.source}`, updatedAt: file.exportedAt });
  }
  return db.transaction('rw', db.patients, db.institutions, async () => {
    const mergeWithStored = (await db.patients.count()) > 0;
    const writtenKeys = new Set<string>();
    let done = 0;
    let previousWrite: Promise<unknown> | undefined;
    for (let start = 0; start < groups.length; start += CHUNK) {
      const chunk = groups.slice(start, start + CHUNK);
      const byIdentifier = new Map<string, StoredPatient>();
      if (mergeWithStored) {
        // One indexed query per chunk finds every patient already stored under any of these identifiers.
        const existing = await db.patients.where('identifiers').anyOf(chunk.flatMap((group) => group.identifiers)).toArray();
        for (const record of existing) for (const id of record.identifiers) byIdentifier.set(id, record);
      }
      const records = new Map<string, StoredPatient>();
      for (const group of chunk) {
        const match = group.identifiers.map((id) => byIdentifier.get(id)).find(Boolean);
        const key = match?.key ?? group.fileKeys[0]!;
        // Two groups of one chunk may meet in the same stored patient: the second builds on the first.
        const previous = records.get(key) ?? match;
        // By id: the same result twice (in the store and the file, or twice in the file) is kept once.
        // (The file's results are packed as they are: packing drops their file patient key.)
        const results = new Map<string, Omit<StoredResult, 'patientKey'>>(resultsOfRecord(previous).map((result) => [result.id, result]));
        for (const result of group.results) results.set(result.id, result);
        const record: StoredPatient = {
          key,
          identifiers: previous ? [...new Set([...previous.identifiers, ...group.identifiers])] : group.identifiers,
          name: group.latest.name,
          sex: group.latest.sex,
          birthDate: group.latest.birthDate,
          results: packResults(results.values()),
        };
        records.set(key, record);
        for (const id of record.identifiers) byIdentifier.set(id, record);
        done += group.fileKeys.length + group.results.length;
      }
      // The write is not waited for before the next chunk is prepared: the browser stores one chunk
      // while this script builds the next (requests of one transaction still run in order, so the
      // next chunk's query sees this chunk's records).
      const write = db.patients.bulkPut([...records.values()]);
      // Its failure is thrown where it is awaited (next chunk, or the end); until then it must not
      // count as an unhandled rejection.
      write.catch(() => undefined);
      await previousWrite;
      previousWrite = write;
      for (const key of records.keys()) writtenKeys.add(key);
      onProgress?.(done, total);
    }
    await previousWrite;
    await db.institutions.bulkPut([...institutions.values()]);
    return { patients: writtenKeys.size, results: file.results.length };
  });
}

/** Joins the file's patients that share an identifier (union-find), and hands each its results. */
function groupPatients(file: ExportFile): PatientGroup[] {
  const parent = file.patients.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!;
      at = parent[at]!;
    }
    return at;
  };
  const owner = new Map<string, number>();
  const identifiersOf = file.patients.map((patient) => patient.identifiers.map((id) => identifierKey(id.kind, id.value)));
  identifiersOf.forEach((identifiers, index) => {
    for (const id of identifiers) {
      const other = owner.get(id);
      if (other === undefined) owner.set(id, index);
      else {
        // The group's root is its earliest patient, so the record keeps the first key of the file.
        const [a, b] = [root(index), root(other)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, PatientGroup>();
  const groupOfKey = new Map<string, PatientGroup>();
  file.patients.forEach((patient, index) => {
    const at = root(index);
    let group = groups.get(at);
    if (!group) {
      group = { fileKeys: [], identifiers: [], latest: patient, results: [] };
      groups.set(at, group);
    }
    group.fileKeys.push(patient.key);
    group.identifiers.push(...identifiersOf[index]!);
    group.latest = patient;
    groupOfKey.set(patient.key, group);
  });
  for (const group of groups.values()) group.identifiers = [...new Set(group.identifiers)];
  for (const result of file.results) {
    const group = groupOfKey.get(result.patientKey);
    // The export format's validation guarantees every result names a patient of the file.
    if (!group) throw new Error(`结果 ${result.id} 的患者 ${result.patientKey} 不在文件中`);
    group.results.push(result);
  }
  return [...groups.values()];
}
