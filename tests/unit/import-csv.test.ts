import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvImport } from '../../lib/import/csv-import.ts';
import { readCsv } from '../../lib/import/csv-reader.ts';
import type { ImportOptions } from '../../lib/import/import-types.ts';
import type { ParsedExport } from '../../lib/store/export-format.ts';

const text = (name: string) => readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url), 'utf8');
const NOW = '2026-11-23T08:00:00+08:00';
const HEADER = '患者ID,姓名,性别,出生日期,项目名称,检查/采样时间,机构名称,机构等级,机构地区,机构性质,互认标识';

function ok(parsed: ParsedExport) {
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.entry} ${issue.field} ${issue.message}`).join('\n'));
  return parsed.file;
}
const issuesOf = (parsed: ParsedExport) => (parsed.ok ? [] : parsed.issues.map((issue) => `${issue.entry}|${issue.field}`));
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
const row = (overrides: Partial<Record<'id' | 'name' | 'item' | 'time' | 'inst' | 'level' | 'mark', string>> = {}) =>
  [overrides.id ?? 'MZ1', overrides.name ?? '张三', '男', '1960-03-02', overrides.item ?? '血红蛋白', overrides.time ?? '2026-11-03 10:20', overrides.inst ?? '四川大学华西医院', overrides.level ?? '三级', '四川', '公立', overrides.mark ?? '川渝HR'].join(',');

describe('CSV reader (RFC 4180)', () => {
  it('reads quotes, embedded commas, quotes and line breaks, and CRLF', () => {
    const read = readCsv('a,b,c\r\n"x,1","say ""hi""","two\r\nlines"\r\nlast,,\r\n');
    expect(read).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['x,1', 'say "hi"', 'two\r\nlines'] },
        { line: 4, cells: ['last', '', ''] },
      ],
    });
  });

  it('accepts LF or CR line ends, a missing final line end, and tabs', () => {
    expect(readCsv('a,b\nc,d').ok && readCsv('a,b\nc,d')).toMatchObject({ records: [{ cells: ['a', 'b'] }, { cells: ['c', 'd'] }] });
    expect(readCsv('a,b\rc,d')).toMatchObject({ records: [{ line: 1 }, { line: 2, cells: ['c', 'd'] }] });
    expect(readCsv('姓名\t项目\n张三\t血红蛋白')).toMatchObject({ records: [{ cells: ['姓名', '项目'] }, { cells: ['张三', '血红蛋白'] }] });
  });

  it('reports an unclosed quote with the line it opened on', () => {
    expect(readCsv('a,b\nx,"open\nmore\n')).toEqual({ ok: false, line: 2, message: expect.stringMatching(/引号没有闭合/) });
    expect(readCsv('a\n"x"y\n')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('CSV import: a valid file', () => {
  const file = ok(parseCsvImport(text('results.csv'), { now: NOW }));

  it('groups rows into patients by identifier, never by name', () => {
    expect(file.exportedAt).toBe(NOW);
    expect(file.patients.map((patient) => [patient.name, patient.identifiers.map((id) => `${id.kind}:${id.value}`)])).toEqual([
      ['张三', ['idCard:510102196003021234', 'hisPatientId:MZ1001']],
      ['李四', ['hisPatientId:MZ1002']],
      // The same name, sex and birth date, but no shared identifier: a different record.
      ['李四', ['idCard:500103197506090021']],
    ]);
    expect(new Set(file.patients.map((patient) => patient.key)).size).toBe(3);
  });

  it('reads every column into the export format', () => {
    const [hb, mr, hbsag, ct] = file.results;
    expect(hb).toEqual({
      id: expect.stringMatching(/^csv:[0-9a-f]{32}$/),
      patientKey: file.patients[0]!.key,
      itemName: '血红蛋白',
      performedAt: '2026-11-03T10:20:00+08:00',
      reportedAt: '2026-11-03T15:00:00+08:00',
      institution: { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' },
      mark: '川渝HR',
      value: '132',
      unit: 'g/L',
      archiveNo: 'LIS20261103001',
      source: 'csv',
    });
    expect(mr).toMatchObject({ itemName: '左膝关节MR平扫', performedAt: '2026-11-03T10:20:00+08:00', reportedAt: '2026-11-04', archiveNo: 'RIS-88,01' });
    expect(hbsag).toMatchObject({
      performedAt: '2026-11-01',
      result: 'negative',
      institution: { name: '重庆医科大学附属第一医院', region: 'chongqing', alliances: ['渝中区医联体', '重医附一院专科联盟'] },
      patientKey: file.patients[1]!.key,
    });
    expect(ct).toMatchObject({ itemName: '胸部CT 平扫', mark: '川内HR', institution: { level: '二级' }, patientKey: file.patients[2]!.key });
  });

  it('derives the same ids on every parse, whatever the row order or the date spelling', () => {
    const again = ok(parseCsvImport(text('results.csv'), { now: '2027-01-01T00:00:00+08:00' }));
    expect(again.results.map((result) => result.id)).toEqual(file.results.map((result) => result.id));
    expect(again.patients.map((patient) => patient.key)).toEqual(file.patients.map((patient) => patient.key));
    const a = ok(parseCsvImport(csv(row(), row({ item: '白细胞计数' }))));
    const b = ok(parseCsvImport(csv(row({ item: '白细胞计数' }), row({ time: '2026/11/03 10:20:00' }))));
    expect(new Set(b.results.map((result) => result.id))).toEqual(new Set(a.results.map((result) => result.id)));
    const other = ok(parseCsvImport(csv(row({ time: '2026-11-03 10:21' }))));
    expect(a.results.map((result) => result.id)).not.toContain(other.results[0]!.id);
  });

  it('folds an exact repeated row into one result', () => {
    expect(ok(parseCsvImport(csv(row(), row()))).results).toHaveLength(1);
  });

  it('accepts English column names, Excel ="…" text cells, tabs, and code columns', () => {
    const tsv = [
      'hisPatientId\tidCard\tname\tsex\tbirthDate\titemName\tLOINC\t项目编码\tperformedAt\tinstitutionName\tinstitutionLevel\tinstitutionRegion\tinstitutionOwnership\tmark',
      'MZ1\t="51010219600302123X"\t张三\tM\t1960-03-02\t血红蛋白\t718-7\tHGB\t2026-11-03T10:20\t四川大学华西医院\t3级\tsichuan\tpublic\tHR',
    ].join('\n');
    const parsed = ok(parseCsvImport(tsv));
    expect(parsed.patients[0]!.identifiers).toContainEqual({ kind: 'idCard', value: '51010219600302123X' });
    expect(parsed.results[0]).toMatchObject({
      mark: 'HR',
      institution: { level: '三级' },
      itemCodes: [{ system: 'http://loinc.org', code: '718-7' }, { system: 'local', code: 'HGB' }],
    });
  });
});

describe('CSV import: institutions, marks and the * convention', () => {
  const table: ImportOptions['institutions'] = {
    某县人民医院: { name: '某县人民医院', level: '二级', region: 'sichuan', ownership: 'public', alliances: ['某县县域医共体'] },
  };

  it('fills level, region and ownership the file leaves empty from the deployment table', () => {
    const parsed = ok(parseCsvImport(csv(row({ inst: '某县人民医院', level: '' })), { institutions: table }));
    expect(parsed.results[0]!.institution).toEqual(table['某县人民医院']);
  });

  it('reports a file value that contradicts the table, and a value neither has', () => {
    expect(issuesOf(parseCsvImport(csv(row({ inst: '某县人民医院', level: '三级' })), { institutions: table }))).toEqual(['行 2|机构等级']);
    const missing = parseCsvImport(csv(row({ inst: '某县人民医院', level: '' })));
    expect(missing.ok ? '' : missing.issues[0]!.message).toMatch(/缺少机构等级/);
  });

  it('gives a starred item the configured mark, and refuses it without one', () => {
    const starred = csv(row({ item: '*血红蛋白', mark: '' }));
    expect(ok(parseCsvImport(starred, { starMark: '川渝HR' })).results[0]).toMatchObject({ itemName: '血红蛋白', mark: '川渝HR' });
    expect(issuesOf(parseCsvImport(starred))).toEqual(['行 2|互认标识']);
    // An explicit mark wins over the star.
    expect(ok(parseCsvImport(csv(row({ item: '＊血红蛋白', mark: '川内HR' })), { starMark: '川渝HR' })).results[0]!.mark).toBe('川内HR');
  });

  it('reads an empty mark as no mark', () => {
    expect(ok(parseCsvImport(csv(row({ mark: '' })))).results[0]!.mark).toBeNull();
  });
});

describe('CSV import: bad files', () => {
  it('reports every bad row with its line, field and reason, and returns nothing', () => {
    const parsed = parseCsvImport(text('bad-rows.csv'), { now: NOW });
    expect(parsed.ok).toBe(false);
    expect('file' in parsed).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => `${issue.entry}|${issue.field}`)).toEqual([
      '行 3|身份证号',
      '行 4|检查/采样时间',
      '行 5|检查/采样时间',
      '行 6|患者标识',
      '行 7|机构等级',
      '行 8|机构地区',
      '行 8|互认标识',
      '行 8|定性结果',
      '行 10|项目名称',
      '行 10|机构性质',
      '行 9|姓名',
    ]);
    for (const issue of parsed.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(parsed.issues[0]!.message).toMatch(/科学计数法/);
    expect(parsed.issues.at(-1)!.message).toBe('同一患者（相同标识）在 行 2 的姓名为「王五」，此处为「王伍」');
  });

  it('reports missing header columns before reading rows', () => {
    expect(issuesOf(parseCsvImport('姓名,项目名称\n张三,血红蛋白'))).toEqual(['行 1|患者标识', '行 1|检查/采样时间', '行 1|机构名称']);
    expect(issuesOf(parseCsvImport('门诊号,患者ID,项目名称,检查时间,机构名称\n'))).toEqual(['行 1|表头']);
  });

  it('reports a row with more cells than the header (an unquoted comma)', () => {
    expect(issuesOf(parseCsvImport(csv(`${row()},多余`)))).toEqual(['行 2|']);
  });

  it('reports two ID card numbers joined by a shared HIS number', () => {
    const header = '患者ID,身份证号,姓名,性别,出生日期,项目名称,检查时间,机构名称,机构等级,机构地区,机构性质';
    const rows = ['MZ1,510102196003021234,张三,男,1960-03-02,血红蛋白,2026-11-03,华西,三级,四川,公立', 'MZ1,510102196003021242,张三,男,1960-03-02,血小板计数,2026-11-03,华西,三级,四川,公立'];
    expect(issuesOf(parseCsvImport([header, ...rows].join('\n')))).toEqual(['行 3|患者标识']);
  });

  it('reports a file with a header and no rows, and a broken quote', () => {
    expect(issuesOf(parseCsvImport(`${HEADER}\n\n`))).toEqual(['file|']);
    expect(issuesOf(parseCsvImport(`${HEADER}\nMZ1,"张三\n`))).toEqual(['行 2|']);
  });
});
