import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFromBytes, type ImportOutcome } from '../../lib/import/import-file.ts';
import { detectFormat } from '../../lib/import/detect-format.ts';
import type { ImportOptions } from '../../lib/import/import-types.ts';
import type { Institution } from '../../lib/rules/evaluate-schema.ts';
import type { ExportFile } from '../../lib/store/export-format.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const NOW = '2026-11-23T08:00:00+08:00';
const options: ImportOptions = {
  now: NOW,
  starMark: '川渝HR',
  institutions: { HXYY: { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' } },
};

function fileOf(outcome: ImportOutcome): ExportFile {
  if (!outcome.ok) throw new Error(outcome.issues.map((issue) => `${issue.entry} ${issue.field} ${issue.message}`).join('\n'));
  return outcome.file;
}

const institution: Institution = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public', alliances: ['华西医联体'] };
const productExport: ExportFile = {
  format: 'hr-assistant-export',
  version: 1,
  exportedAt: '2026-11-23T08:00:00+08:00',
  patients: [
    { key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }, { kind: 'idCard', value: '510102196003021234' }], name: '张三', sex: '男', birthDate: '1960-03-02' },
  ],
  results: [
    { id: 'r1', patientKey: 'p1', itemName: '左膝关节MR平扫', performedAt: '2026-11-03T10:00:00+08:00', reportedAt: '2026-11-04', institution, mark: '川渝HR', archiveNo: 'RIS-1', source: 'test' },
    { id: 'r2', patientKey: 'p1', itemName: '乙型肝炎病毒表面抗原', performedAt: '2026-11-22', institution, mark: null, result: 'negative', value: '阴性', source: 'csv' },
  ],
};

describe('importFromBytes: choosing the parser by content', () => {
  it.each([
    ['export.json', utf8(JSON.stringify(productExport)), 'hr-assistant-export', 'utf-8'],
    ['bundle.json', bytes('bundle.json'), 'fhir', 'utf-8'],
    ['observations.ndjson', bytes('observations.ndjson'), 'fhir', 'utf-8'],
    ['oru-r01.hl7', bytes('oru-r01.hl7'), 'hl7v2', 'utf-8'],
    ['oru-mllp.hl7', bytes('oru-mllp.hl7'), 'hl7v2', 'utf-8'],
    ['results.csv', bytes('results.csv'), 'csv', 'utf-8'],
    ['results-gbk.csv', bytes('results-gbk.csv'), 'csv', 'gbk'],
    ['results-utf16le.csv', bytes('results-utf16le.csv'), 'csv', 'utf-16le'],
  ] as const)('%s → %s (%s)', (name, content, format, encoding) => {
    const outcome = importFromBytes(name, content, options);
    expect([outcome.format, outcome.encoding]).toEqual([format, encoding]);
  });

  it('decides by content, not by the file name', () => {
    expect(importFromBytes('results.txt', bytes('oru-r01.hl7'), options).format).toBe('hl7v2');
    expect(importFromBytes('feed.hl7', bytes('results.csv'), options).format).toBe('csv');
    expect(detectFormat('\uFEFF  {"format":"other"}')).toEqual({ format: 'hr-assistant-export' });
    expect(detectFormat('{"resourceType":"Patient"}\n{"resourceType":"Observation"}\n')).toEqual({ format: 'fhir' });
    expect(detectFormat('FHS|^~\\&|LIS\rMSH|^~\\&|LIS')).toEqual({ format: 'hl7v2' });
  });
});

describe('importFromBytes: encodings give the same data', () => {
  const reference = fileOf(importFromBytes('results.csv', bytes('results.csv'), options));

  it('reads the GBK, UTF-16LE and UTF-8 BOM copies of a CSV into the same file', () => {
    expect(fileOf(importFromBytes('results-gbk.csv', bytes('results-gbk.csv'), options))).toEqual(reference);
    expect(fileOf(importFromBytes('results-utf16le.csv', bytes('results-utf16le.csv'), options))).toEqual(reference);
    const bom = importFromBytes('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('results.csv')]), options);
    expect(bom.encoding).toBe('utf-8-bom');
    expect(fileOf(bom)).toEqual(reference);
  });

  it('reads a GBK HL7 feed', () => {
    const gbk = new Uint8Array(readFileSync(new URL('./fixtures/import/oru-r01-gbk.hl7', import.meta.url)));
    const outcome = importFromBytes('feed.hl7', gbk, options);
    expect(outcome.encoding).toBe('gbk');
    expect(fileOf(outcome)).toEqual(fileOf(importFromBytes('feed.hl7', bytes('oru-r01.hl7'), options)));
  });
});

describe('importFromBytes: the product\'s own export', () => {
  it('round-trips: the export parsed equals what went in', () => {
    const outcome = importFromBytes('hr-export.json', utf8(JSON.stringify(productExport, null, 2)), options);
    expect(outcome.format).toBe('hr-assistant-export');
    expect(fileOf(outcome)).toEqual(productExport);
  });

  it('round-trips a CSV import written out as the product\'s export', () => {
    const imported = fileOf(importFromBytes('results.csv', bytes('results.csv'), options));
    expect(fileOf(importFromBytes('again.json', utf8(JSON.stringify(imported)), options))).toEqual(imported);
  });

  it('passes on the export parser\'s issues, all or nothing', () => {
    const broken = { ...productExport, results: [{ ...productExport.results[0], mark: '渝HR' }, productExport.results[1]] };
    const outcome = importFromBytes('hr-export.json', utf8(JSON.stringify(broken)), options);
    expect(outcome).toEqual({ ok: false, issues: [expect.objectContaining({ entry: 'results[0]', field: 'mark' })], format: 'hr-assistant-export', encoding: 'utf-8' });
  });
});

describe('importFromBytes: files it cannot read', () => {
  it('refuses an empty file, an Excel workbook, unknown JSON and undecodable bytes with one file-level issue', () => {
    const cases: [string, Uint8Array][] = [
      ['empty.csv', new Uint8Array()],
      ['results.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
      ['results.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ['data.json', utf8('{"rows":[]}')],
      ['noise.csv', new Uint8Array([0x41, 0x81, 0x20, 0x42])],
    ];
    for (const [name, content] of cases) {
      const outcome = importFromBytes(name, content, options);
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.entry)).toEqual(['file']);
    }
    const xlsx = importFromBytes('results.xlsx', cases[1]![1], options);
    expect(xlsx.ok ? '' : xlsx.issues[0]!.message).toMatch(/另存为.*CSV/);
  });

  it('reports each bad record of a bad file with entry, field and reason', () => {
    const outcome = importFromBytes('bad.csv', bytes('bad-rows.csv'), options);
    expect(outcome.format).toBe('csv');
    expect(outcome.ok ? 0 : outcome.issues.length).toBe(11);
    expect('file' in outcome).toBe(false);
  });
});
