import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseExportFile, type ExportFile } from '../../lib/store/export-format.ts';
import { allResults, countResults, resultsOfPatient } from '../../lib/store/patient-results.ts';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { findPatientByIdentifiers } from '../../lib/store/find-patient.ts';

const institution = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' } as const;

function exportFile(overrides: Partial<ExportFile> = {}): ExportFile {
  return {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: '2026-11-23T08:00:00+08:00',
    patients: [{ key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }, { kind: 'idCard', value: '510102196003021234' }], name: '张三', sex: '男', birthDate: '1960-03-02' }],
    results: [
      { id: 'r1', patientKey: 'p1', itemName: '左膝关节MR平扫', performedAt: '2026-11-03T10:00:00+08:00', institution, mark: '川渝HR', source: 'test' },
      { id: 'r2', patientKey: 'p1', itemName: '血红蛋白', performedAt: '2026-11-22T08:00:00+08:00', institution, mark: null, value: '132', unit: 'g/L', source: 'test' },
    ],
    ...overrides,
  };
}

function manyPatients(count: number): Pick<ExportFile, 'patients' | 'results'> {
  const patients: ExportFile['patients'] = [];
  const results: ExportFile['results'] = [];
  for (let i = 0; i < count; i++) {
    patients.push({ key: `bulk-${i}`, identifiers: [{ kind: 'hisPatientId', value: `MZB${i}` }], name: `患者${i}`, sex: '女', birthDate: '1980-01-01' });
    results.push({ id: `bulk-r${i}`, patientKey: `bulk-${i}`, itemName: '血红蛋白', performedAt: '2026-11-20T08:00:00+08:00', institution, mark: '川渝HR', source: 'test' });
  }
  return { patients, results };
}

let db: HrDatabase;
let counter = 0;
beforeEach(() => {
  db = openHrDatabase(`test-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('export file parsing', () => {
  it('accepts a valid file', () => {
    const parsed = parseExportFile(JSON.stringify(exportFile()));
    expect(parsed.ok).toBe(true);
  });

  it('reports every bad record with entry, field and reason, and keeps nothing', () => {
    const bad = exportFile();
    const raw = JSON.parse(JSON.stringify(bad));
    raw.results[0].performedAt = '3.11.2026';
    raw.results[1].mark = '渝HR';
    raw.patients.push({ key: 'p2', identifiers: [], name: '李四', sex: '男', birthDate: '1970-01-01' });
    raw.results.push({ ...raw.results[1], id: 'r3', mark: null, patientKey: 'nobody' });
    const parsed = parseExportFile(JSON.stringify(raw));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => `${issue.entry}|${issue.field}`)).toEqual([
      'patients[1]|identifiers',
      'results[0]|performedAt',
      'results[1]|mark',
      'results[2]|patientKey',
    ]);
  });

  it('refuses something that is not JSON or not our format', () => {
    expect(parseExportFile('{').ok).toBe(false);
    const wrong = parseExportFile(JSON.stringify({ format: 'other', version: 1 }));
    expect(wrong.ok ? [] : wrong.issues.map((issue) => issue.field)).toContain('format');
  });
});

describe('importing into the store', () => {
  it('imports, finds the patient by any identifier, and adds nothing twice on re-import', async () => {
    const file = exportFile();
    expect(await importExportFile(db, file)).toEqual({ patients: 1, results: 2 });
    await importExportFile(db, file);
    expect(await countResults(db)).toBe(2);
    expect(await db.patients.count()).toBe(1);
    expect(await findPatientByIdentifiers(db, { hisPatientId: 'MZ1' })).toEqual({ kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p1' });
    expect(await findPatientByIdentifiers(db, { idCard: '510102196003021234', hisPatientId: 'other' })).toMatchObject({ kind: 'identifier', idKind: 'idCard' });
  });

  it('never links a patient by name alone', async () => {
    await importExportFile(db, exportFile());
    expect(await findPatientByIdentifiers(db, {})).toEqual({ kind: 'none', reason: 'no-identifier' });
    expect(await findPatientByIdentifiers(db, { hisPatientId: 'MZ404' })).toEqual({ kind: 'none', reason: 'not-found' });
  });

  it('ignores masked identifiers (a masked ID card names many people)', async () => {
    await importExportFile(db, exportFile({ patients: [{ key: 'p1', identifiers: [{ kind: 'idCard', value: '51010219600302****' }], name: '张三', sex: '男', birthDate: '1960-03-02' }] }));
    expect(await findPatientByIdentifiers(db, { idCard: '51010219600302****' })).toEqual({ kind: 'none', reason: 'no-identifier' });
    expect(await findPatientByIdentifiers(db, { idCard: '51010219600302****', hisPatientId: 'MZ404' })).toEqual({ kind: 'none', reason: 'not-found' });
  });

  it('merges a second file for the same person under the existing key', async () => {
    await importExportFile(db, exportFile());
    const second = exportFile({
      patients: [{ key: 'other-key', identifiers: [{ kind: 'idCard', value: '510102196003021234' }, { kind: 'insuranceCard', value: 'YB9' }], name: '张三', sex: '男', birthDate: '1960-03-02' }],
      results: [{ id: 'r9', patientKey: 'other-key', itemName: '胸部CT平扫', performedAt: '2026-10-01T09:00:00+08:00', institution, mark: '川渝HR', source: 'test' }],
    });
    await importExportFile(db, second);
    expect(await db.patients.count()).toBe(1);
    expect((await resultsOfPatient(db, 'p1')).map((result) => result.id)).toContain('r9');
    expect(await findPatientByIdentifiers(db, { insuranceCard: 'YB9' })).toMatchObject({ patientKey: 'p1' });
  });

  it('leaves the store as it was when an import fails midway', async () => {
    await importExportFile(db, exportFile());
    const broken = exportFile({ results: [{ ...exportFile().results[0]!, id: 'r5' }, { id: undefined as unknown as string } as never] });
    await expect(importExportFile(db, broken)).rejects.toThrow();
    expect((await allResults(db)).map((result) => result.id)).not.toContain('r5');
    expect(await countResults(db)).toBe(2);
  });

  it('rolls back every chunk already written when a later chunk fails to store', async () => {
    await importExportFile(db, exportFile());
    const { patients, results } = manyPatients(5_000);
    // A value IndexedDB cannot store, in the last chunk: the first chunks are written before it fails.
    (results[4_900] as unknown as { value: unknown }).value = () => 'not storable';
    const progress: number[] = [];
    await expect(importExportFile(db, exportFile({ patients, results }), (done) => progress.push(done))).rejects.toThrow();
    expect(progress.length).toBeGreaterThan(0);
    expect(await db.patients.count()).toBe(1);
    expect(await countResults(db)).toBe(2);
  });

  it('joins patients of one file who share an identifier, however far apart they are in the file', async () => {
    const { patients, results } = manyPatients(2_500);
    // The first and the 2,400th entries are one person (same ID card), in different write chunks.
    patients[2_399] = { ...patients[2_399]!, identifiers: [...patients[2_399]!.identifiers, { kind: 'idCard', value: '510102196003021234' }] };
    patients[0] = { ...patients[0]!, identifiers: [...patients[0]!.identifiers, { kind: 'idCard', value: '510102196003021234' }] };
    const counts = await importExportFile(db, exportFile({ patients, results }));
    expect(counts).toEqual({ patients: 2_499, results: 2_500 });
    expect(await db.patients.count()).toBe(2_499);
    const joined = await findPatientByIdentifiers(db, { idCard: '510102196003021234' });
    expect(joined).toMatchObject({ patientKey: 'bulk-0' });
    expect((await resultsOfPatient(db, 'bulk-0')).map((result) => result.id).sort()).toEqual(['bulk-r0', 'bulk-r2399']);
    expect(await findPatientByIdentifiers(db, { hisPatientId: 'MZB2399' })).toMatchObject({ patientKey: 'bulk-0' });
  });
});
