// The background judges rows from memory between writes: every kind of write that changes what a
// warning shows (a decision, new or removed results, QC revocations, another page's import) is seen
// by the very next evaluation.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { evaluateSnapshot } from '../../lib/background/evaluate-snapshot.ts';
import { createReadCache, type ReadCache } from '../../lib/background/read-cache.ts';
import { watchWrites } from '../../lib/background/database-writes.ts';
import { TRAINING_SETTINGS } from '../../lib/background/deployment-settings.ts';
import type { ScreenSnapshot } from '../../lib/messaging/protocol.ts';
import type { ExportFile } from '../../lib/store/export-format.ts';

const chongqing = { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' } as const;
const now = new Date('2026-11-24T02:00:00Z');
const KNEE = '左侧膝关节磁共振平扫成像';

let db: HrDatabase;
let reads: ReadCache;
let counter = 0;
let dbName = '';
const exportFile = (results: { id: string; itemName: string; performedAt: string }[]): ExportFile => ({
  format: 'hr-assistant-export',
  version: 1,
  exportedAt: '2026-11-24T08:00:00+08:00',
  patients: [{ key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }], name: '张建国', sex: '男', birthDate: '1960-03-02' }],
  results: results.map((result) => ({ ...result, patientKey: 'p1', institution: chongqing, mark: '川渝HR', archiveNo: `A-${result.id}`, source: 'test' })),
});

beforeEach(async () => {
  dbName = `read-cache-${++counter}`;
  db = openHrDatabase(dbName);
  reads = createReadCache({ maxAgeMs: 60_000, maxEntries: 8, now: () => Date.now() });
  watchWrites(db, () => reads.clear());
  await importExportFile(db, exportFile([{ id: 'ct', itemName: '胸部CT平扫', performedAt: '2026-11-01T09:40:00+08:00' }]));
});
afterEach(async () => {
  await db.delete();
});

const snapshot = (orders: string[]): ScreenSnapshot => ({
  adapterId: 'training-his-order-entry',
  url: 'http://127.0.0.1/order-entry.html',
  patient: { ids: { hisPatientId: 'MZ1' }, name: '张建国' },
  orders: orders.map((name) => ({ name })),
});
const statusOf = async (order: string) => (await evaluateSnapshot(db, snapshot([order]), TRAINING_SETTINGS, now, true, reads)).reply.orders[0];

describe('the background read cache in front of the database', () => {
  it('answers the screen’s next request from memory', async () => {
    await evaluateSnapshot(db, snapshot([]), TRAINING_SETTINGS, now, true, reads);
    expect(reads.size).toBe(2);
    expect((await statusOf(KNEE))?.status).toBe('no-prior');
    expect(reads.size).toBe(3);
  });

  it('sees results imported through this connection at once', async () => {
    expect((await statusOf(KNEE))?.status).toBe('no-prior');
    await importExportFile(db, exportFile([{ id: 'knee', itemName: '左膝关节MR平扫', performedAt: '2026-11-04T14:20:00+08:00' }]));
    expect((await statusOf(KNEE))?.status).toBe('required');
  });

  it('sees a decision as soon as it is written', async () => {
    await importExportFile(db, exportFile([{ id: 'knee', itemName: '左膝关节MR平扫', performedAt: '2026-11-04T14:20:00+08:00' }]));
    expect(await statusOf(KNEE)).toMatchObject({ status: 'required', decided: false });
    const visitKey = `p1|day:2026-11-24`;
    await db.decisions.add({
      id: 'd1', visitKey, patientKey: 'p1', concept: 'img:MR:knee:left:plain:none', order: KNEE, choice: 'accept',
      recordText: '', missing: [], decidedAt: '2026-11-24T10:00:00+08:00',
    } as never);
    expect(await statusOf(KNEE)).toMatchObject({ status: 'required', decided: true });
  });

  it('sees QC revocations replaced (as a deployment bundle replaces them: clear, then add)', async () => {
    await importExportFile(db, exportFile([{ id: 'knee', itemName: '左膝关节MR平扫', performedAt: '2026-11-04T14:20:00+08:00' }]));
    expect((await statusOf(KNEE))?.status).toBe('required');
    await db.qcRevocations.bulkAdd([{ institution: chongqing.name, item: '左侧膝关节 MR 平扫' }]);
    expect((await statusOf(KNEE))?.status).toBe('not-eligible');
    await db.qcRevocations.clear();
    await db.qcRevocations.bulkAdd([{ institution: '另一家医院', item: '左侧膝关节 MR 平扫' }]);
    expect((await statusOf(KNEE))?.status).toBe('required');
  });

  it('drops everything when the database is deleted by another page', async () => {
    await importExportFile(db, exportFile([{ id: 'knee', itemName: '左膝关节MR平扫', performedAt: '2026-11-04T14:20:00+08:00' }]));
    expect((await statusOf(KNEE))?.status).toBe('required');
    expect(reads.size).toBeGreaterThan(0);
    await openHrDatabase(dbName).delete();
    expect(reads.size).toBe(0);
    expect((await statusOf(KNEE))?.status).toBe('no-prior');
  });

  it('sees a write made through another connection (another extension page) once it commits', async () => {
    await importExportFile(db, exportFile([{ id: 'knee', itemName: '左膝关节MR平扫', performedAt: '2026-11-04T14:20:00+08:00' }]));
    expect((await statusOf(KNEE))?.status).toBe('required');
    const otherPage = openHrDatabase(dbName);
    await otherPage.patients.clear();
    otherPage.close();
    expect((await statusOf(KNEE))?.status).toBe('no-prior');
  });

  it('without the cache every request reads (tests and the bench page call it so)', async () => {
    const direct = await evaluateSnapshot(db, snapshot([KNEE]), TRAINING_SETTINGS, now, true);
    expect(direct.reply.orders[0]?.status).toBe('no-prior');
    expect(reads.size).toBe(0);
  });
});
