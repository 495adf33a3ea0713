// Groups the patient records a file carries (one per CSV row, PID segment or Patient resource) into
// patients by identifier: records sharing any identifier are the same person. Names never join
// records. Conflicts (two ID card numbers, two names, two birth dates for one person) are issues.
import type { ExportPatient, IdentifierKind } from '../store/export-format.ts';
import type { IssueList } from './import-types.ts';
import type { Sex } from './patient-values.ts';
import { sha256Hex } from './sha256.ts';

export interface PatientIdentifier {
  kind: IdentifierKind;
  value: string;
}

export interface PatientRecord {
  /** Where the record is, for issues: `行 3`, `message 2 PID`, `entry[0]`. */
  entry: string;
  identifiers: PatientIdentifier[];
  name?: string;
  sex?: Sex;
  birthDate?: string;
}

/** What the format calls each field, for issues. */
export interface PatientFieldNames {
  identifiers: string;
  name: string;
  sex: string;
  birthDate: string;
}

/** Identifier kinds in the order we trust them (as lib/store/find-patient.ts). */
export const IDENTIFIER_ORDER: readonly IdentifierKind[] = ['idCard', 'insuranceCard', 'hisPatientId', 'hisVisitId'];

/** The identifier a record is best known by: the most trusted kind, then the smallest value. */
export function primaryIdentifier(identifiers: readonly PatientIdentifier[]): PatientIdentifier | undefined {
  return [...identifiers].sort((a, b) => IDENTIFIER_ORDER.indexOf(a.kind) - IDENTIFIER_ORDER.indexOf(b.kind) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))[0];
}

export function patientKeyFor(identifier: PatientIdentifier): string {
  return `pat-${sha256Hex(`${identifier.kind}:${identifier.value}`).slice(0, 24)}`;
}

export interface PatientGroups {
  patients: ExportPatient[];
  /** The patient key of each record, by the record's index; absent when it has no identifier. */
  keyOfRecord: (string | undefined)[];
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

export function groupPatients(records: readonly PatientRecord[], fields: PatientFieldNames, issues: IssueList): PatientGroups {
  const parent = records.map((_, index) => index);
  const firstWith = new Map<string, number>();
  records.forEach((record, index) => {
    for (const id of record.identifiers) {
      const key = `${id.kind}:${id.value}`;
      const other = firstWith.get(key);
      if (other === undefined) firstWith.set(key, index);
      else parent[find(parent, index)] = find(parent, other);
    }
  });
  const members = new Map<number, number[]>();
  records.forEach((record, index) => {
    if (record.identifiers.length === 0) return;
    const root = find(parent, index);
    members.set(root, [...(members.get(root) ?? []), index]);
  });
  const patients: ExportPatient[] = [];
  const keyOfRecord: (string | undefined)[] = records.map(() => undefined);
  for (const indexes of members.values()) {
    const patient = mergeGroup(indexes.map((index) => records[index]!), fields, issues);
    if (!patient) continue;
    patients.push(patient);
    for (const index of indexes) keyOfRecord[index] = patient.key;
  }
  return { patients, keyOfRecord };
}

function mergeGroup(group: PatientRecord[], fields: PatientFieldNames, issues: IssueList): ExportPatient | undefined {
  const before = issues.count;
  const identifiers: PatientIdentifier[] = [];
  const seen = new Set<string>();
  let idCardFrom: PatientRecord | undefined;
  for (const record of group) {
    for (const id of record.identifiers) {
      const key = `${id.kind}:${id.value}`;
      if (seen.has(key)) continue;
      if (id.kind === 'idCard' && idCardFrom) {
        issues.add(record.entry, fields.identifiers, `与 ${idCardFrom.entry} 通过其他标识关联为同一患者，但身份证号不同（${id.value}），不能确定是谁`);
        continue;
      }
      if (id.kind === 'idCard') idCardFrom = record;
      seen.add(key);
      identifiers.push(id);
    }
  }
  identifiers.sort((a, b) => IDENTIFIER_ORDER.indexOf(a.kind) - IDENTIFIER_ORDER.indexOf(b.kind));
  function agreed<T extends string>(field: keyof Pick<PatientRecord, 'name' | 'sex' | 'birthDate'>, label: string): T | undefined {
    let value: T | undefined;
    let from: PatientRecord | undefined;
    for (const record of group) {
      const own = record[field] as T | undefined;
      if (own === undefined) continue;
      if (value === undefined) {
        value = own;
        from = record;
      } else if (own !== value) {
        issues.add(record.entry, fields[field], `同一患者（相同标识）在 ${from!.entry} 的${label}为「${value}」，此处为「${own}」`);
      }
    }
    return value;
  }
  const name = agreed<string>('name', '姓名');
  const sex = agreed<Sex>('sex', '性别') ?? '未知';
  const birthDate = agreed<string>('birthDate', '出生日期');
  const first = group[0]!;
  if (name === undefined) issues.add(first.entry, fields.name, '缺少患者姓名');
  if (birthDate === undefined) issues.add(first.entry, fields.birthDate, '缺少出生日期（导出格式要求，用于姓名+性别+年龄核对）');
  if (issues.count > before || name === undefined || birthDate === undefined) return undefined;
  return { key: patientKeyFor(primaryIdentifier(identifiers)!), identifiers, name, sex, birthDate };
}
