// CSV columns: the canonical (English) names and the Chinese headers accepted for each. Headers are
// compared ignoring width, case and white space. Columns not listed here are ignored.
import { compactKey } from './text-values.ts';

export const CSV_COLUMNS = {
  hisPatientId: ['患者ID', '患者编号', '病人ID', '病人编号', '门诊号', '登记号', '病案号', '病历号'],
  hisVisitId: ['就诊号', '就诊流水号', '挂号流水号', '住院流水号'],
  idCard: ['身份证号', '身份证号码', '身份证'],
  insuranceCard: ['医保卡号', '医保号', '医保卡', '社保卡号'],
  name: ['姓名', '患者姓名', '病人姓名'],
  sex: ['性别'],
  birthDate: ['出生日期', '生日'],
  itemName: ['项目名称', '检查项目', '检验项目', '项目'],
  itemCode: ['项目编码', '项目代码'],
  loinc: ['LOINC', 'LOINC编码'],
  performedAt: ['检查/采样时间', '检查时间', '采样时间', '采集时间', '检查日期', '采样日期', '检查采样时间'],
  reportedAt: ['报告时间', '报告日期', '审核时间'],
  institutionName: ['机构名称', '医疗机构', '检查机构', '医院名称'],
  institutionLevel: ['机构等级', '医院等级'],
  institutionRegion: ['机构地区', '地区'],
  institutionOwnership: ['机构性质'],
  alliances: ['医联体'],
  mark: ['互认标识', '互认标志'],
  result: ['定性结果'],
  value: ['结果', '结果值', '检验结果'],
  unit: ['单位'],
  archiveNo: ['报告号', '档案号', '报告编号', '报告单号'],
} as const satisfies Record<string, readonly string[]>;

export type CsvColumn = keyof typeof CSV_COLUMNS;

/** The zh-CN label used in issues for each column (its first Chinese header). */
export const COLUMN_LABEL: Record<CsvColumn, string> = Object.fromEntries(
  Object.entries(CSV_COLUMNS).map(([column, aliases]) => [column, aliases[0]]),
) as Record<CsvColumn, string>;

const BY_HEADER = new Map<string, CsvColumn>();
for (const [column, aliases] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
  BY_HEADER.set(compactKey(column).toLowerCase(), column);
  for (const alias of aliases) BY_HEADER.set(compactKey(alias).toLowerCase(), column);
}

export function columnForHeader(header: string): CsvColumn | undefined {
  return BY_HEADER.get(compactKey(header.replace(/^\uFEFF/, '')).toLowerCase());
}

export type ColumnMap = Partial<Record<CsvColumn, number>>;

/** Maps header cells to columns; a column named twice is a problem (which one would we read?). */
export function mapHeader(headers: readonly string[]): { columns: ColumnMap; problems: string[] } {
  const columns: ColumnMap = {};
  const problems: string[] = [];
  headers.forEach((header, index) => {
    const column = columnForHeader(header);
    if (column === undefined) return;
    if (columns[column] !== undefined) {
      problems.push(`表头「${headers[columns[column]]}」和「${header}」都是${COLUMN_LABEL[column]}列，不能确定读哪一列`);
      return;
    }
    columns[column] = index;
  });
  return { columns, problems };
}
