import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { allResults, countResults, resultsOfPatient } from '../../lib/store/patient-results.ts';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { erasePatient, exportStore, purgeExpired } from '../../lib/store/maintenance.ts';
import { createRetentionJudge } from '../../lib/store/retention.ts';
import { parseExportFile, type ExportFile } from '../../lib/store/export-format.ts';

const inst = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' } as const;
const result = (id: string, patientKey: string, itemName: string, performedAt: string) => ({ id, patientKey, itemName, performedAt, institution: inst, mark: '川渝HR' as const, source: 'test' });

const file: ExportFile = {
  format: 'hr-assistant-export',
  version: 1,
  exportedAt: '2026-11-24T08:00:00+08:00',
  patients: [
    { key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }], name: '张三', sex: '男', birthDate: '1960-01-01' },
    { key: 'p2', identifiers: [{ kind: 'hisPatientId', value: 'MZ2' }], name: '李四', sex: '女', birthDate: '1970-01-01' },
  ],
  results: [
    result('wbc-old', 'p1', '白细胞计数(WBC)', '2026-11-10T08:00:00+08:00'),
    result('wbc-new', 'p1', '白细胞计数(WBC)', '2026-11-22T08:00:00+08:00'),
    result('abo', 'p1', 'ABO血型鉴定', '2020-01-01T08:00:00+08:00'),
    result('hbsab', 'p1', '抗乙型肝炎病毒表面抗体(HBsAb)', '2026-06-01T08:00:00+08:00'),
    result('crp', 'p2', 'C反应蛋白', '2026-06-01T08:00:00+08:00'),
  ],
};

describe('retention judge', () => {
  const judge = createRetentionJudge(builtinCatalogSet, (name, set) => matchOrderName(name, set));
  it.each([
    ['白细胞计数(WBC)', '2026-11-20T08:00:00+08:00', '2026-11-23'], // 3 days
    ['ABO血型鉴定', '2020-01-01T08:00:00+08:00', '2030-01-01'], // 10 years
    ['抗乙型肝炎病毒表面抗体(HBsAb)', '2026-06-01T08:00:00+08:00', '2026-12-01'], // the longer (positive) branch: 6 months
    ['左侧膝关节MR平扫', '2026-11-01T08:00:00+08:00', '2027-01-30'], // 90 days
    ['C反应蛋白', '2026-06-01T08:00:00+08:00', '2026-08-30'], // in no catalog: 90 days
  ])('%s performed %s is kept until %s', (itemName, performedAt, until) => {
    expect(judge.keepUntil({ itemName, performedAt })).toBe(until);
  });
});

let db: HrDatabase;
let counter = 0;
beforeEach(async () => {
  db = openHrDatabase(`maintenance-${++counter}`);
  await importExportFile(db, file);
});
afterEach(async () => {
  await db.delete();
});

describe('store maintenance', () => {
  it('purges results no window can use any more, and patients left with nothing', async () => {
    const counts = await purgeExpired(db, builtinCatalogSet, (name, set) => matchOrderName(name, set), new Date('2026-11-24T02:00:00Z'));
    expect((await allResults(db)).map((result) => result.id).sort()).toEqual(['abo', 'hbsab', 'wbc-new']);
    expect(counts).toEqual({ results: 2, patients: 1 });
    expect(await db.patients.get('p2')).toBeUndefined();
  });

  it('erases one patient completely', async () => {
    await db.decisions.add({ id: 'd1', visitKey: 'p1|day:2026-11-24', patientKey: 'p1', concept: 'lab:WBC', catalogId: 'x#1', orderName: '血常规', itemName: 'WBC', itemStatus: 'required', choice: 'accept', recordText: '…', missing: [], decidedAt: '2026-11-24T10:00:00+08:00', adapterId: 'a', orderingInstitution: 'h' });
    expect(await erasePatient(db, 'p1')).toEqual({ results: 4, decisions: 1 });
    expect(await db.patients.get('p1')).toBeUndefined();
    expect(await resultsOfPatient(db, 'p1')).toEqual([]);
    expect(await countResults(db)).toBe(1);
  });

  it('exports everything in a file the import accepts, and restoring it adds nothing twice', async () => {
    const exported = await exportStore(db, new Date('2026-11-24T02:00:00Z'));
    const parsed = parseExportFile(JSON.stringify(exported));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.results).toHaveLength(file.results.length);
    const restored = openHrDatabase(`restored-${counter}`);
    await importExportFile(restored, parsed.file);
    expect(await countResults(restored)).toBe(5);
    expect(await restored.patients.count()).toBe(2);
    await importExportFile(db, parsed.file);
    expect(await countResults(db)).toBe(5);
    await restored.delete();
  });
});
