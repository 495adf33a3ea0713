// PID → a patient record: PID-3 identifiers by CX-5 type code (hl7v2-fields.ts for the default
// mapping), PID-5 name, PID-7 birth date, PID-8 sex.
import type { IdentifierKind } from '../store/export-format.ts';
import { readName } from './hl7v2-fields.ts';
import { componentOf, fieldComponent, repetitionsOf, type Hl7Segment, type Hl7Separators } from './hl7v2-reader.ts';
import type { IssueList } from './import-types.ts';
import type { PatientIdentifier, PatientRecord } from './patient-groups.ts';
import { normalizeIdCard, parseSex } from './patient-values.ts';
import { parseHl7Timestamp } from './shanghai-datetime.ts';

export function readPid(
  segment: Hl7Segment,
  entry: string,
  sep: Hl7Separators,
  identifierTypes: Readonly<Record<string, IdentifierKind | null>>,
  issues: IssueList,
): PatientRecord {
  const identifiers: PatientIdentifier[] = [];
  let malformed = false;
  for (const repetition of repetitionsOf(segment, 3, sep)) {
    const value = componentOf(repetition, 1, sep);
    const kind = identifierTypes[componentOf(repetition, 5, sep).toUpperCase()];
    if (value === '' || kind === undefined || kind === null) continue;
    if (kind !== 'idCard') {
      identifiers.push({ kind, value });
      continue;
    }
    const idCard = normalizeIdCard(value);
    if (idCard) identifiers.push({ kind, value: idCard });
    else {
      malformed = true;
      issues.add(entry, 'PID-3', `身份证号格式不对：${value}`);
    }
  }
  if (identifiers.length === 0 && !malformed) {
    const codes = Object.keys(identifierTypes).filter((code) => code !== '' && identifierTypes[code]);
    issues.add(entry, 'PID-3', `PID-3 中没有可用的患者标识（类型码 ${codes.join('/')}，或不带类型码）：不能只凭姓名关联结果`);
  }
  const record: PatientRecord = { entry, identifiers };
  const name = readName(repetitionsOf(segment, 5, sep)[0] ?? '', sep);
  if (name !== undefined) record.name = name;
  const birth = fieldComponent(segment, 7, 1, sep);
  if (birth !== '') {
    const parsed = parseHl7Timestamp(birth);
    if (parsed.ok) record.birthDate = parsed.iso.slice(0, 10);
    else issues.add(entry, 'PID-7', parsed.message);
  }
  const sex = fieldComponent(segment, 8, 1, sep);
  if (sex !== '') {
    const parsed = parseSex(sex);
    if (parsed) record.sex = parsed;
    else issues.add(entry, 'PID-8', `无法识别的性别：${sex}（应为 M/F/U/O）`);
  }
  return record;
}
