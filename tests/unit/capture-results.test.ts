import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResults, resultsOfPatient } from '../../lib/store/patient-results.ts';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { captureResults, parseCapturedDate, parseCapturedMark } from '../../lib/background/capture-results.ts';

const huaxi = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' } as const;
let db: HrDatabase;
let counter = 0;
beforeEach(async () => {
  db = openHrDatabase(`capture-${++counter}`);
  await importExportFile(db, {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: '2026-11-24T08:00:00+08:00',
    patients: [{ key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }], name: '张三', sex: '男', birthDate: '1960-01-01' }],
    results: [{ id: 'r1', patientKey: 'p1', itemName: '胸部CT平扫', performedAt: '2026-10-01T08:00:00+08:00', institution: huaxi, mark: '川渝HR', source: 'test' }],
  });
});
afterEach(async () => {
  await db.delete();
});

describe('capturing a result list', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026/11/3', '2026-11-03'],
    ['2026-11-03 10:20', '2026-11-03T10:20:00+08:00'],
    ['2026年11月3日', '2026-11-03'],
    ['2026-02-30', undefined],
    ['（见报告）', undefined],
  ])('reads the date %s as %s', (text, expected) => {
    expect(parseCapturedDate(text)).toBe(expected);
  });

  it('reads only the marks it knows', () => {
    expect(parseCapturedMark(' 川渝hr ')).toBe('川渝HR');
    expect(parseCapturedMark('渝HR')).toBeNull();
    expect(parseCapturedMark(undefined)).toBeNull();
  });

  it('keeps rows with a date and a known institution for the identified patient; lists the others with reasons', async () => {
    const reply = await captureResults(db, {
      adapterId: 'jqgrid-order-entry-with-a-long-department-specific-name',
      listId: 'jqgrid-outside-results',
      patient: { ids: { hisPatientId: 'MZ1' } },
      rows: [
        { item: '左侧膝关节MR平扫', recognised: true, date: '2026-11-12', institution: '四川大学华西医院', mark: '川渝HR' },
        { item: '血红蛋白', recognised: true, date: '2026-11-23', institution: '成都市第三人民医院', mark: '川渝HR' },
        { item: '幽门螺杆菌抗体', recognised: false, date: '（见报告）', institution: '四川大学华西医院' },
        { item: '尿常规', recognised: false, date: '2026-12-01', institution: '四川大学华西医院' },
      ],
    }, '2026-11-24');
    expect(reply.captured).toBe(1);
    expect(reply.skipped.map((row) => row.reason)).toEqual(['机构等级/地区未知：成都市第三人民医院', '没有可读的检查日期', '检查日期晚于今天']);
    const stored = await resultsOfPatient(db, 'p1');
    expect(stored.find((row) => row.itemName === '左侧膝关节MR平扫')).toMatchObject({ institution: huaxi, mark: '川渝HR', performedAt: '2026-11-12' });
  });

  it('captures nothing for a patient it cannot identify', async () => {
    const reply = await captureResults(db, { adapterId: 'a', listId: 'l', patient: { ids: {} }, rows: [{ item: 'x', recognised: false, date: '2026-11-12', institution: '四川大学华西医院' }] }, '2026-11-24');
    expect(reply).toMatchObject({ captured: 0, refused: expect.stringContaining('没有读到患者标识') });
    expect(await countResults(db)).toBe(1);
  });
});
