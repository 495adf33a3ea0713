import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXT } from '../../lib/import/fhir-extensions.ts';
import { parseFhirImport } from '../../lib/import/fhir-import.ts';
import type { ImportOptions } from '../../lib/import/import-types.ts';
import type { ParsedExport } from '../../lib/store/export-format.ts';

const text = (name: string) => readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url), 'utf8');
const NOW = '2026-11-23T08:00:00+08:00';

function ok(parsed: ParsedExport) {
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.entry} ${issue.field} ${issue.message}`).join('\n'));
  return parsed.file;
}
const issuesOf = (parsed: ParsedExport) => (parsed.ok ? [] : parsed.issues.map((issue) => `${issue.entry}|${issue.field}`));

const hx = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public', alliances: ['华西医联体'] };
const patient = { resourceType: 'Patient', id: 'p1', identifier: [{ type: { coding: [{ code: 'PI' }] }, value: 'MZ1' }], name: [{ text: '张三' }], gender: 'male', birthDate: '1960-03-02' };
const org = {
  resourceType: 'Organization',
  id: 'o1',
  name: '四川大学华西医院',
  extension: [
    { url: EXT.level, valueCode: '三级' },
    { url: EXT.region, valueCode: 'sichuan' },
    { url: EXT.ownership, valueCode: 'public' },
  ],
};
const observation = (extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  id: 'ob1',
  status: 'final',
  code: { text: '血红蛋白' },
  subject: { reference: 'Patient/p1' },
  effectiveDateTime: '2026-11-03T10:20:00+08:00',
  performer: [{ reference: 'Organization/o1' }],
  ...extra,
});
const bundle = (...resources: object[]) => JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

describe('FHIR import: a valid Bundle', () => {
  const file = ok(parseFhirImport(text('bundle.json'), { now: NOW }));

  it('reads the patient by identifier type codes', () => {
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

  it('reads report members, standalone observations, imaging reports and uncovered studies', () => {
    expect(file.results.map((result) => [result.id.replace(/@[0-9a-f]{8}$/, ''), result.itemName, result.mark, result.archiveNo])).toEqual([
      ['fhir:Observation/obs-hgb', '血红蛋白', '川渝HR', 'LIS20261103001'], // mark, time, performer and number from its DiagnosticReport
      ['fhir:Observation/obs-wbc', '白细胞计数', '川渝HR', 'LIS20261103001'],
      ['fhir:Observation/obs-hbsag', '乙型肝炎病毒表面抗原', '川渝HR', 'CQ-LIS-2'], // mark extension
      ['fhir:DiagnosticReport/dr-mr', '左膝关节MR平扫', '川渝HR', 'RIS-88'], // covers ImagingStudy/study-mr
      ['fhir:ImagingStudy/study-ct', '胸部CT平扫', '川内HR', 'R-77'], // meta.tag; series performer
    ]);
  });

  it('reads values, interpretation, institutions from extensions or type codings, and times as Shanghai', () => {
    const [hgb, wbc, hbsag, mr, ct] = file.results;
    expect(hgb).toEqual({
      id: expect.stringMatching(/^fhir:Observation\/obs-hgb@[0-9a-f]{8}$/),
      patientKey: file.patients[0]!.key,
      itemName: '血红蛋白',
      performedAt: '2026-11-03T10:20:00+08:00',
      reportedAt: '2026-11-03T15:00:00+08:00',
      institution: hx,
      mark: '川渝HR',
      value: '132',
      unit: 'g/L',
      archiveNo: 'LIS20261103001',
      itemCodes: [{ system: 'http://loinc.org', code: '718-7', display: '血红蛋白' }],
      source: 'fhir',
    });
    expect(wbc!.result).toBeUndefined(); // interpretation N is neither positive nor negative
    expect(hbsag).toMatchObject({
      performedAt: '2026-11-01T10:00:00+08:00', // 02:00Z
      result: 'negative',
      value: '阴性',
      institution: { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' }, // type codings + address.state
    });
    expect(mr!.performedAt).toBe('2026-11-03T10:20:00+08:00'); // effectivePeriod.start without a zone
    expect(ct).toMatchObject({ performedAt: '2026-10-20T08:05:00+08:00', itemCodes: [{ system: 'local', code: 'CT-CHEST', display: '胸部CT平扫' }] });
  });

  it('derives the same ids on every parse', () => {
    const again = ok(parseFhirImport(text('bundle.json')));
    expect(again.results.map((result) => result.id)).toEqual(file.results.map((result) => result.id));
  });

  it('scopes resource ids by institution, so two servers\' Observation/1 do not collide', () => {
    const cq = { ...org, id: 'o2', name: '重庆医科大学附属第一医院', extension: [...org.extension.slice(0, 1), { url: EXT.region, valueCode: 'chongqing' }, org.extension[2]] };
    const a = ok(parseFhirImport(bundle(patient, org, observation())));
    const b = ok(parseFhirImport(bundle(patient, cq, observation({ performer: [{ reference: 'Organization/o2' }] }))));
    expect(a.results[0]!.id).not.toBe(b.results[0]!.id);
  });
});

describe('FHIR import: NDJSON and options', () => {
  const options: ImportOptions = {
    institutions: { CDWY: { name: '成都市第五人民医院', level: '三级', region: 'sichuan', ownership: 'public' } },
    starMark: '川渝HR',
    fhir: { identifierSystems: { 'urn:his:cdwy:patient': 'hisPatientId' } },
  };

  it('reads NDJSON with identifier systems and the institution table from the options', () => {
    const file = ok(parseFhirImport(text('observations.ndjson'), options));
    expect(file.patients[0]!.identifiers).toEqual([{ kind: 'hisPatientId', value: 'ZY3001' }]);
    expect(file.results.map((result) => [result.itemName, result.performedAt, result.mark, result.institution.name])).toEqual([
      ['凝血酶原时间', '2026-11-05T08:00:00+08:00', '川渝HR', '成都市第五人民医院'],
      ['纤维蛋白原', '2026-11-05', '川渝HR', '成都市第五人民医院'], // * + starMark; a date alone stays a date
    ]);
  });

  it('reports what the options do not cover, naming the field', () => {
    expect(issuesOf(parseFhirImport(text('observations.ndjson')))).toEqual([
      '行 1|identifier', // the system is not mapped: no usable identifier
      '行 2|extension:institution-level',
      '行 2|extension:institution-region',
      '行 2|extension:institution-ownership',
      '行 5|code', // * without starMark
    ]);
  });

  it('resolves urn:uuid, contained resources and PractitionerRole.organization', () => {
    const role = { resourceType: 'PractitionerRole', id: 'r1', organization: { reference: '#org' }, contained: [{ ...org, id: 'org' }] };
    const entries = [
      { fullUrl: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001', resource: { ...patient, id: undefined } },
      { resource: role },
      { resource: observation({ subject: { reference: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001' }, performer: [{ reference: 'PractitionerRole/r1' }] }) },
    ];
    const file = ok(parseFhirImport(JSON.stringify({ resourceType: 'Bundle', entry: entries })));
    expect(file.results[0]!.institution.name).toBe('四川大学华西医院');
  });

  it('skips preliminary results and panel headings', () => {
    const panel = observation({ id: 'panel', hasMember: [{ reference: 'Observation/ob1' }] });
    delete (panel as Record<string, unknown>).effectiveDateTime;
    const file = ok(parseFhirImport(bundle(patient, org, observation(), observation({ id: 'ob2', status: 'preliminary' }), panel)));
    expect(file.results.map((result) => result.id.split('@')[0])).toEqual(['fhir:Observation/ob1']);
  });
});

describe('FHIR import: bad files', () => {
  it('reports every bad record with entry, field and reason, and returns nothing', () => {
    const parsed = parseFhirImport(text('bad-bundle.json'), { now: NOW });
    expect(parsed.ok).toBe(false);
    expect('file' in parsed).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => `${issue.entry}|${issue.field}`)).toEqual([
      'entry[3]|subject', // dangling Patient/nobody
      'entry[4]|code', // a LOINC code without text or display
      'entry[5]|effective[x]', // no time
      'entry[1]|extension:institution-level', // the Organization lacks level and ownership
      'entry[1]|extension:institution-ownership',
      'entry[6]|effectiveDateTime', // 2026-11: only a month
      'entry[6]|meta.tag', // 渝HR is not a mark
      'entry[7]|performer', // a report without a performing organization
    ]);
    for (const issue of parsed.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(parsed.issues[0]!.message).toBe('引用 Patient/nobody 在文件中找不到');
    expect(parsed.issues[3]!.message).toMatch(/某区人民医院.*缺少机构等级/);
  });

  it('reports a dangling performer and a reference to the wrong type', () => {
    expect(issuesOf(parseFhirImport(bundle(patient, org, observation({ performer: [{ reference: 'Organization/gone' }] }))))).toEqual(['entry[2]|performer[0]']);
    expect(issuesOf(parseFhirImport(bundle(patient, org, observation({ subject: { reference: 'Organization/o1' } }))))).toEqual(['entry[2]|subject']);
  });

  it('reports conflicting interpretations, a missing status, bad NDJSON lines and a file without results', () => {
    const interpretation = [{ coding: [{ code: 'POS' }] }, { coding: [{ code: 'NEG' }] }];
    expect(issuesOf(parseFhirImport(bundle(patient, org, observation({ interpretation }))))).toEqual(['entry[2]|interpretation']);
    expect(issuesOf(parseFhirImport(bundle(patient, org, observation({ status: undefined }))))).toEqual(['entry[2]|status']);
    expect(issuesOf(parseFhirImport(`${JSON.stringify(patient)}\n{broken\n`))).toEqual(['行 2|']);
    expect(issuesOf(parseFhirImport(bundle(patient, org)))).toEqual(['file|']);
  });
});
