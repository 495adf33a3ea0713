import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResults } from '../../lib/store/patient-results.ts';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importFileIntoStore } from '../../lib/store/import-file-into-store.ts';
import { findPatientByIdentifiers } from '../../lib/store/find-patient.ts';

const header = '门诊号,身份证号,姓名,性别,出生日期,项目名称,检查时间,机构名称,机构等级,机构地区,机构性质,互认标识\n';
const row = (patientNo: string, idCard: string) => `${patientNo},${idCard},张三,男,1960-03-02,左膝关节MR平扫,2026-11-03 10:20,四川大学华西医院,三级,四川,公立,川渝HR\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

let db: HrDatabase;
let counter = 0;
beforeEach(() => {
  db = openHrDatabase(`import-file-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importing a file into the store', () => {
  it('drops another hospital’s patient numbers and ties patients by ID card only', async () => {
    const reply = await importFileIntoStore(db, 'x.csv', bytes(header + row('MZ0001', '510104196003021234')), {});
    expect(reply).toMatchObject({ ok: true, results: 1 });
    expect(await findPatientByIdentifiers(db, { hisPatientId: 'MZ0001' })).toEqual({ kind: 'none', reason: 'not-found' });
    expect(await findPatientByIdentifiers(db, { idCard: '510104196003021234' })).toMatchObject({ kind: 'identifier' });
  });

  it('refuses the whole file when a patient has only a foreign patient number', async () => {
    const reply = await importFileIntoStore(db, 'x.csv', bytes(header + row('MZ0001', '')), {});
    expect(reply.ok).toBe(false);
    expect(reply.errors[0]).toMatchObject({ entry: 'patients[0]', field: 'identifiers' });
    expect(await countResults(db)).toBe(0);
  });

  it('keeps the numbers when the file says they are this hospital’s own', async () => {
    const reply = await importFileIntoStore(db, 'x.csv', bytes(header + row('MZ0001', '')), { localPatientNumbers: true });
    expect(reply.ok).toBe(true);
    expect(await findPatientByIdentifiers(db, { hisPatientId: 'MZ0001' })).toMatchObject({ kind: 'identifier' });
  });

  it('reports progress up to the total, in one transaction', async () => {
    const seen: [number, number][] = [];
    await importFileIntoStore(db, 'x.csv', bytes(header + row('', '510104196003021234')), {}, (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([2, 2]);
  });
});
