// CSV (and tab-separated) result lists → the export format. One result per row; columns and their
// Chinese headers in docs/import.md and csv-columns.ts. Rows are tied to patients by identifiers
// only; result ids are derived from the row's content (result-id.ts).
import type { ParsedExport } from '../store/export-format.ts';
import { assembleExport, type PendingResult } from './assemble-export.ts';
import { COLUMN_LABEL, mapHeader, type ColumnMap, type CsvColumn } from './csv-columns.ts';
import { readCsv, type CsvRecord } from './csv-reader.ts';
import { IssueList, type ImportOptions, type ImportedResult, type ItemCode } from './import-types.ts';
import { resolveInstitution, splitAlliances } from './institution-values.ts';
import { markForItem, parseMark, parseQualitative, splitStar } from './mark-values.ts';
import { groupPatients, primaryIdentifier, type PatientIdentifier, type PatientRecord } from './patient-groups.ts';
import { normalizeIdCard, parseSex } from './patient-values.ts';
import { derivedResultId } from './result-id.ts';
import { parseBirthDate, parseLooseDateTime } from './shanghai-datetime.ts';
import { cleanText, clipValue } from './text-values.ts';

const IDENTIFIER_COLUMNS = ['idCard', 'insuranceCard', 'hisPatientId', 'hisVisitId'] as const;

/** Excel's `="0012345"` (a value kept as text) → `0012345`. */
function unwrapExcelText(cell: string): string {
  const m = /^="(.*)"$/s.exec(cell.trim());
  return m ? m[1]! : cell;
}

class Row {
  constructor(
    readonly record: CsvRecord,
    private readonly columns: ColumnMap,
    private readonly headers: readonly string[],
  ) {}

  get entry(): string {
    return `行 ${this.record.line}`;
  }

  get(column: CsvColumn): string | undefined {
    const index = this.columns[column];
    return index === undefined ? undefined : cleanText(unwrapExcelText(this.record.cells[index] ?? ''));
  }

  /** The header as the file writes it, for issues. */
  field(column: CsvColumn): string {
    const index = this.columns[column];
    return index === undefined ? COLUMN_LABEL[column] : (this.headers[index]?.trim() ?? COLUMN_LABEL[column]);
  }
}

function checkHeader(columns: ColumnMap, issues: IssueList): void {
  if (!IDENTIFIER_COLUMNS.some((column) => columns[column] !== undefined)) {
    issues.add('行 1', '患者标识', '表头没有患者标识列（身份证号、医保卡号、患者ID/门诊号 或 就诊号）：不能只凭姓名关联结果');
  }
  for (const column of ['itemName', 'performedAt', 'institutionName'] as const) {
    if (columns[column] === undefined) issues.add('行 1', COLUMN_LABEL[column], `表头缺少「${COLUMN_LABEL[column]}」列`);
  }
}

function readIdentifiers(row: Row, issues: IssueList): PatientIdentifier[] {
  const identifiers: PatientIdentifier[] = [];
  let malformed = false;
  for (const kind of IDENTIFIER_COLUMNS) {
    const raw = row.get(kind);
    if (raw === undefined) continue;
    if (kind === 'idCard') {
      const idCard = normalizeIdCard(raw);
      if (idCard) identifiers.push({ kind, value: idCard });
      else {
        malformed = true;
        issues.add(row.entry, row.field(kind), `身份证号格式不对：${raw}（应为 18 位，末位可为 X；被 Excel 改成科学计数法时请把该列设为文本）`);
      }
      continue;
    }
    if (raw.length <= 60) identifiers.push({ kind, value: raw });
    else {
      malformed = true;
      issues.add(row.entry, row.field(kind), `标识超过 60 个字符：${raw}`);
    }
  }
  if (identifiers.length === 0 && !malformed) {
    issues.add(row.entry, '患者标识', '这一行没有患者标识（身份证号、医保卡号、患者ID/门诊号 或 就诊号）：不能只凭姓名关联结果');
  }
  return identifiers;
}

function readPatient(row: Row, issues: IssueList): PatientRecord {
  const record: PatientRecord = { entry: row.entry, identifiers: readIdentifiers(row, issues) };
  const name = row.get('name');
  if (name !== undefined) record.name = name;
  const sex = row.get('sex');
  if (sex !== undefined) {
    const parsed = parseSex(sex);
    if (parsed) record.sex = parsed;
    else issues.add(row.entry, row.field('sex'), `无法识别的性别：${sex}（应为 男/女/未知）`);
  }
  const birth = row.get('birthDate');
  if (birth !== undefined) {
    const parsed = parseBirthDate(birth);
    if (parsed.ok) record.birthDate = parsed.iso;
    else issues.add(row.entry, row.field('birthDate'), parsed.message);
  }
  return record;
}

function readCodes(row: Row, issues: IssueList): ItemCode[] {
  const codes: ItemCode[] = [];
  const loinc = row.get('loinc');
  if (loinc !== undefined) {
    if (/^\d{1,7}-\d$/.test(loinc)) codes.push({ system: 'http://loinc.org', code: loinc });
    else issues.add(row.entry, row.field('loinc'), `LOINC 编码格式不对：${loinc}（应如 718-7）`);
  }
  const local = row.get('itemCode');
  if (local !== undefined) codes.push({ system: 'local', code: local });
  return codes;
}

function readResult(row: Row, patient: PatientRecord, options: ImportOptions, issues: IssueList): Omit<ImportedResult, 'patientKey'> | undefined {
  const before = issues.count;
  const rawItem = row.get('itemName');
  const { name: itemName, starred } = splitStar(rawItem ?? '');
  if (itemName === '') issues.add(row.entry, row.field('itemName'), '缺少项目名称');
  else if (itemName.length > 200) issues.add(row.entry, row.field('itemName'), '项目名称超过 200 个字符');
  const performedRaw = row.get('performedAt');
  const performed = performedRaw === undefined ? undefined : parseLooseDateTime(performedRaw);
  if (!performed) issues.add(row.entry, row.field('performedAt'), '缺少检查/采样时间');
  else if (!performed.ok) issues.add(row.entry, row.field('performedAt'), performed.message);
  const reportedRaw = row.get('reportedAt');
  const reported = reportedRaw === undefined ? undefined : parseLooseDateTime(reportedRaw);
  if (reported && !reported.ok) issues.add(row.entry, row.field('reportedAt'), reported.message);
  const { institution, problems } = resolveInstitution(
    {
      name: row.get('institutionName'),
      level: row.get('institutionLevel'),
      region: row.get('institutionRegion'),
      ownership: row.get('institutionOwnership'),
      alliances: splitAlliances(row.get('alliances')),
    },
    options.institutions,
    { name: row.field('institutionName'), level: row.field('institutionLevel'), region: row.field('institutionRegion'), ownership: row.field('institutionOwnership') },
  );
  for (const problem of problems) issues.add(row.entry, problem.field, problem.message);
  const explicit = parseMark(row.get('mark'));
  const mark = explicit.ok ? markForItem(explicit.mark, starred, options.starMark) : explicit;
  if (!mark.ok) issues.add(row.entry, row.field('mark'), mark.message);
  const qualitative = parseQualitative(row.get('result'));
  if (!qualitative.ok) issues.add(row.entry, row.field('result'), qualitative.message);
  const unit = row.get('unit');
  if (unit !== undefined && unit.length > 40) issues.add(row.entry, row.field('unit'), '单位超过 40 个字符');
  const archiveNo = row.get('archiveNo');
  if (archiveNo !== undefined && archiveNo.length > 100) issues.add(row.entry, row.field('archiveNo'), '报告号超过 100 个字符');
  const codes = readCodes(row, issues);
  const primary = primaryIdentifier(patient.identifiers);
  if (issues.count > before || !performed?.ok || !institution || !mark.ok || !qualitative.ok || !primary) return undefined;
  const result: Omit<ImportedResult, 'patientKey'> = {
    id: derivedResultId({ source: 'csv', patient: primary, itemName, performedAt: performed.iso, institutionName: institution.name }),
    itemName,
    performedAt: performed.iso,
    institution,
    mark: mark.mark,
    source: 'csv',
  };
  if (reported?.ok) result.reportedAt = reported.iso;
  if (qualitative.result !== null) result.result = qualitative.result;
  const value = clipValue(row.get('value'));
  if (value !== undefined) result.value = value;
  if (unit !== undefined) result.unit = unit;
  if (archiveNo !== undefined) result.archiveNo = archiveNo;
  if (codes.length > 0) result.itemCodes = codes;
  return result;
}

export function parseCsvImport(text: string, options: ImportOptions = {}): ParsedExport {
  const issues = new IssueList();
  const read = readCsv(text.replace(/^\uFEFF/, ''));
  if (!read.ok) {
    issues.add(`行 ${read.line}`, '', `CSV 格式错误：${read.message}`);
    return { ok: false, issues: issues.items };
  }
  const [header, ...body] = read.records;
  if (!header) {
    issues.add('file', '', '文件是空的');
    return { ok: false, issues: issues.items };
  }
  const { columns, problems } = mapHeader(header.cells);
  for (const problem of problems) issues.add('行 1', '表头', problem);
  checkHeader(columns, issues);
  if (issues.count > 0) return { ok: false, issues: issues.items };

  const rows = body.filter((record) => record.cells.some((cell) => cell.trim() !== '')).map((record) => new Row(record, columns, header.cells));
  if (rows.length === 0) issues.add('file', '', '文件只有表头，没有数据行');
  const patients: PatientRecord[] = [];
  const drafts: (Omit<ImportedResult, 'patientKey'> | undefined)[] = [];
  for (const row of rows) {
    const extra = row.record.cells.slice(header.cells.length);
    if (extra.some((cell) => cell.trim() !== '')) {
      issues.add(row.entry, '', `这一行有 ${row.record.cells.length} 列，表头只有 ${header.cells.length} 列（值里有逗号却没加引号？）`);
    }
    const patient = readPatient(row, issues);
    patients.push(patient);
    drafts.push(readResult(row, patient, options, issues));
  }
  const groups = groupPatients(patients, { identifiers: '患者标识', name: '姓名', sex: '性别', birthDate: '出生日期' }, issues);
  const pending: PendingResult[] = [];
  drafts.forEach((draft, index) => {
    const patientKey = groups.keyOfRecord[index];
    if (draft && patientKey) pending.push({ entry: rows[index]!.entry, result: { ...draft, patientKey } });
  });
  return assembleExport(groups.patients, pending, issues, options.now);
}
