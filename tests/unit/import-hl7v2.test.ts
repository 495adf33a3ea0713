import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHl7v2Import } from '../../lib/import/hl7v2-import.ts';
import { splitHl7, unescapeHl7 } from '../../lib/import/hl7v2-reader.ts';
import type { ImportOptions } from '../../lib/import/import-types.ts';
import type { ParsedExport } from '../../lib/store/export-format.ts';

const text = (name: string) => readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url), 'utf8');
const NOW = '2026-11-23T08:00:00+08:00';
const institutions: ImportOptions['institutions'] = {
  HXYY: { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' },
  CQYD: { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' },
  成都市第五人民医院: { name: '成都市第五人民医院', level: '三级', region: 'sichuan', ownership: 'public' },
};
const options: ImportOptions = { now: NOW, institutions, starMark: '川渝HR' };

function ok(parsed: ParsedExport) {
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.entry} ${issue.field} ${issue.message}`).join('\n'));
  return parsed.file;
}
const issuesOf = (parsed: ParsedExport) => (parsed.ok ? [] : parsed.issues.map((issue) => `${issue.entry}|${issue.field}`));

const message = (...segments: string[]) =>
  ['MSH|^~\\&|LIS|HXYY|HIS|MZ|20261103153000||ORU^R01|X1|P|2.5', 'PID|1||MZ1^^^HIS^PI||张^三||19600302|M', 'OBR|1||LIS-1|CBC^血常规^L|||202611031020', ...segments].join('\r');

describe('HL7 v2 reader', () => {
  it('resolves escape sequences with the message separators', () => {
    const sep = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
    expect(unescapeHl7('10\\S\\9/L \\F\\ a\\T\\b \\R\\ \\E\\ x\\.br\\y', sep)).toBe('10^9/L | a&b ~ \\ x\ny');
  });

  it('splits MLLP-framed messages with their own separators', () => {
    const { messages, stray } = splitHl7(text('oru-mllp.hl7'));
    expect(stray).toEqual([]);
    expect(messages.map((m) => [m.index, m.separators.field, m.separators.component, m.segments.map((s) => s.name).join(',')])).toEqual([
      [1, '|', '^', 'MSH,PID,OBR,OBX,OBX'],
      [2, '#', '$', 'MSH,PID,OBR,NTE,OBX'],
    ]);
  });
});

describe('HL7 v2 ORU^R01 import: a valid feed', () => {
  const file = ok(parseHl7v2Import(text('oru-r01.hl7'), options));

  it('merges the PID of both messages into one patient by PID-3', () => {
    expect(file.patients).toEqual([
      {
        key: expect.stringMatching(/^pat-/),
        identifiers: [
          { kind: 'idCard', value: '510102196003021234' },
          { kind: 'hisPatientId', value: 'MZ1001' },
        ],
        name: '张三',
        sex: '男',
        birthDate: '1960-03-02',
      },
    ]);
  });

  it('reads one result per final OBX and one per text-only imaging report', () => {
    expect(file.results.map((result) => [result.itemName, result.mark, result.value ?? null, result.unit ?? null, result.result ?? null])).toEqual([
      ['血红蛋白', '川渝HR', '132', 'g/L', null], // * → starMark
      ['白细胞计数', '川渝HR', '6.5', '10^9/L', null], // NTE 互认标识 after the OBX; \S\ unescaped
      ['乙型肝炎病毒表面抗原', null, '阴性', null, 'negative'], // OBX-8 NEG
      ['左膝关节MR平扫', '川渝HR', null, null, null], // OBR-4; mark from the HRMARK OBX
    ]);
    // OBX 4 (PLT) is preliminary (OBX-11 = P) and is skipped.
    expect(file.results.map((result) => result.itemName)).not.toContain('血小板计数');
  });

  it('reads times as Asia/Shanghai, the report number, the institution and the codes', () => {
    expect(file.results[0]).toEqual({
      id: expect.stringMatching(/^hl7v2:[0-9a-f]{32}$/),
      patientKey: file.patients[0]!.key,
      itemName: '血红蛋白',
      performedAt: '2026-11-03T10:20:00+08:00',
      reportedAt: '2026-11-03T15:00:00+08:00',
      institution: institutions!['HXYY'],
      mark: '川渝HR',
      value: '132',
      unit: 'g/L',
      archiveNo: 'LIS20261103001',
      itemCodes: [{ system: 'http://loinc.org', code: '718-7', display: '*血红蛋白' }],
      source: 'hl7v2',
    });
    expect(file.results[3]).toMatchObject({ performedAt: '2026-11-03T10:20:00+08:00', reportedAt: '2026-11-04T16:00:00+08:00', archiveNo: 'RIS-88' });
  });

  it('derives the same ids on every parse', () => {
    const again = ok(parseHl7v2Import(text('oru-r01.hl7'), { ...options, now: '2027-01-01T00:00:00+08:00' }));
    expect(again.results.map((result) => result.id)).toEqual(file.results.map((result) => result.id));
    expect(new Set(file.results.map((result) => result.id)).size).toBe(file.results.length);
  });

  it('reads MLLP framing, \\n segment ends, custom separators, OBX-23 and offsets', () => {
    const mllp = ok(parseHl7v2Import(text('oru-mllp.hl7'), options));
    expect(mllp.results.map((result) => [result.itemName, result.institution.name, result.performedAt, result.mark, result.value ?? null])).toEqual([
      ['凝血酶原时间', '成都市第五人民医院', '2026-11-05T08:00:00+08:00', '川渝HR', '12.1'],
      ['国际标准化比值', '成都市第五人民医院', '2026-11-05T08:00:00+08:00', null, '<1.2'],
      ['胸部CT平扫', '重庆医科大学附属第一医院', '2026-11-06T08:30:00+08:00', '川内HR', null],
    ]);
    expect(mllp.patients.map((patient) => patient.identifiers)).toEqual([
      [{ kind: 'insuranceCard', value: 'YB88001' }, { kind: 'hisPatientId', value: 'ZY3001' }],
      [{ kind: 'idCard', value: '500103197506090021' }],
    ]);
  });

  it('takes identifier type codes and mark conventions from the options', () => {
    const feed = [
      'MSH|^~\\&|LIS|HXYY|HIS|MZ|20261103153000||ORU^R01|X1|P|2.5',
      'PID|1||510102196003021234^^^GA^SFZ||张^三||19600302|M',
      'OBR|1||LIS-1|CBC^血常规^L|||202611031020',
      'NTE|1||HR标识=川内HR',
      'OBX|1|NM|HGB^血红蛋白^L||132|g/L|||||F',
    ].join('\r');
    expect(issuesOf(parseHl7v2Import(feed, options))).toEqual(['message 1 PID|PID-3']);
    const configured = ok(parseHl7v2Import(feed.replace('=', '：'), { ...options, hl7: { identifierTypes: { SFZ: 'idCard' }, markNotePrefix: 'HR标识' } }));
    expect(configured.patients[0]!.identifiers).toEqual([{ kind: 'idCard', value: '510102196003021234' }]);
    expect(configured.results[0]!.mark).toBe('川内HR');
  });

  it('maps only positive / negative flags: H and L say nothing', () => {
    const flagged = ok(parseHl7v2Import(message('OBX|1|NM|ALT^丙氨酸氨基转移酶^L||80|U/L||H|||F', 'OBX|2|ST|HCV^丙肝抗体^L||阳性||||||F'), options));
    expect(flagged.results.map((result) => result.result ?? null)).toEqual([null, 'positive']);
    expect(issuesOf(parseHl7v2Import(message('OBX|1|ST|HCV^丙肝抗体^L||阳性|||NEG|||F'), options))).toEqual(['message 1 OBX 1|OBX-8']);
  });
});

describe('HL7 v2 import: resent and corrected results', () => {
  const hb = (value: string, status: string) => `OBX|1|NM|HGB^血红蛋白^L||${value}|g/L|||||${status}`;

  it('folds a resent identical result, and lets a correction (OBX-11 = C) replace the original', () => {
    expect(ok(parseHl7v2Import(`${message(hb('132', 'F'))}\r${message(hb('132', 'F'))}`, options)).results).toHaveLength(1);
    const corrected = ok(parseHl7v2Import(`${message(hb('132', 'F'))}\r${message(hb('128', 'C'))}`, options));
    expect(corrected.results.map((result) => result.value)).toEqual(['128']);
  });

  it('refuses two different final values for the same result', () => {
    expect(issuesOf(parseHl7v2Import(`${message(hb('132', 'F'))}\r${message(hb('128', 'F'))}`, options))).toEqual(['message 2 OBX 1|id']);
  });

  it('reads an OBR without OBX segments as a report when OBR-25 is final', () => {
    const obr = ['OBR', '1', '', 'RIS-9', 'DR-CHEST^胸部正位DR^L', '', '', '202611031020', ...Array<string>(17).fill(''), 'F'].join('|'); // OBR-25 = F
    const feed = ['MSH|^~\\&|RIS|HXYY|HIS|MZ|20261103153000||ORU^R01|X1|P|2.5', 'PID|1||MZ1^^^HIS^PI||张^三||19600302|M', obr, 'NTE|1||互认标识：川渝HR'].join('\r');
    expect(ok(parseHl7v2Import(feed, options)).results).toMatchObject([{ itemName: '胸部正位DR', mark: '川渝HR', archiveNo: 'RIS-9' }]);
    expect(issuesOf(parseHl7v2Import(feed.replace('|||F\r', '|||P\r'), options))).toEqual(['file|']);
  });
});

describe('HL7 v2 import: bad messages', () => {
  it('reports every bad record with message, segment, field and reason, and returns nothing', () => {
    const parsed = parseHl7v2Import(text('bad-messages.hl7'), { now: NOW, institutions });
    expect(parsed.ok).toBe(false);
    expect('file' in parsed).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => `${issue.entry}|${issue.field}`)).toEqual([
      'message 1 PID|PID-3', // no usable identifier
      'message 1 PID|PID-7', // 1980-02-30
      'message 1 PID|PID-8', // sex X
      'message 1 OBX 1|OBX-3', // a code without a name
      'message 1 MSH|MSH-4', // the lab is not in the institution table
      'message 2 MSH|MSH-9', // ADT, not ORU
      'message 3 OBX 1|OBR-7', // no observation time
      'message 3 OBX 1|OBX-3', // * without a configured mark
      'message 3 OBX 2|OBR-7',
      'message 3 OBX 2|NTE-3', // 全国HR is not a mark
    ]);
    for (const issue of parsed.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(parsed.issues[4]!.message).toMatch(/UNKNOWN-LAB.*不在部署的机构表中/);
  });

  it('reports a file without messages, and segments before the first MSH', () => {
    expect(issuesOf(parseHl7v2Import('\r\n'))).toEqual(['file|']);
    expect(issuesOf(parseHl7v2Import(`PID|1||MZ1\r${message('OBX|1|NM|HGB^血红蛋白^L||132|g/L|||||F')}`, options))).toEqual(['file|']);
  });

  it('reports a feed without the institution table: HL7 v2 has no level, region or ownership', () => {
    expect(issuesOf(parseHl7v2Import(message('OBX|1|NM|HGB^血红蛋白^L||132|g/L|||||F', 'OBX|2|NM|PLT^血小板^L||200|10\\S\\9/L|||||F')))).toEqual(['message 1 MSH|MSH-4']);
  });
});
