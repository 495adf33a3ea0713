import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../../lib/store/hr-database.ts';
import { countPacked, packResults, unpackResults } from '../../lib/store/pack-results.ts';

const huaxi = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' } as const;

const results: StoredResult[] = [
  {
    id: 'a',
    patientKey: 'p1',
    itemName: '血红蛋白',
    performedAt: '2026-11-20T08:00:00+08:00',
    reportedAt: '2026-11-20T10:00:00+08:00',
    institution: huaxi,
    mark: '川渝HR',
    result: null,
    value: '132',
    unit: 'g/L',
    archiveNo: 'JY1',
    source: 'import:csv',
  },
  // Optional fields absent; the same institution again; then the same name with other attributes.
  { id: 'b', patientKey: 'p1', itemName: '胸部CT平扫', performedAt: '2026-11-01', institution: { ...huaxi }, mark: null, source: 'manual' },
  { id: 'c', patientKey: 'p1', itemName: '尿常规', performedAt: '2026-11-02', institution: { ...huaxi, level: '二级', alliances: ['华西医联体'] }, mark: 'HR', result: 'negative', source: 'capture:x' },
];

describe('packed results (the layout inside a patient record)', () => {
  it('unpacks to exactly what was packed, optional fields absent where they were absent', () => {
    const unpacked = unpackResults('p1', packResults(results));
    expect(unpacked).toStrictEqual(results.map((result) => ({ ...result })));
    expect('reportedAt' in unpacked[1]!).toBe(false);
    expect(unpacked[0]!.result).toBeNull();
  });

  it('lists each institution once, keeping apart two that share a name but not their attributes', () => {
    const packed = packResults(results);
    expect(packed.institutions).toHaveLength(2);
    expect(packed.rows.map((row) => row[4])).toEqual([0, 0, 1]);
    expect(countPacked(packed)).toBe(3);
  });

  it('gives the results the key of the record they are read from', () => {
    expect(unpackResults('p7', packResults(results)).every((result) => result.patientKey === 'p7')).toBe(true);
    expect(unpackResults('p7', undefined)).toEqual([]);
  });
});
