// Patient → a patient record: identifiers by type code (HL7 table 0203) or by a deployment's
// system mapping, name, gender, birthDate. Identifiers of other types are not used.
import type { IdentifierKind } from '../store/export-format.ts';
import { FHIR_IDENTIFIER_TYPES } from './fhir-extensions.ts';
import { asString, codings, objects } from './fhir-json.ts';
import type { FhirEntry } from './fhir-resources.ts';
import type { FhirOptions, IssueList } from './import-types.ts';
import type { PatientIdentifier, PatientRecord } from './patient-groups.ts';
import { joinName, normalizeIdCard, parseSex } from './patient-values.ts';
import { parseFhirDateTime } from './shanghai-datetime.ts';

function kindOf(identifier: Record<string, unknown>, options: FhirOptions | undefined): IdentifierKind | undefined {
  const system = asString(identifier.system);
  if (system && options?.identifierSystems?.[system]) return options.identifierSystems[system];
  for (const coding of codings(identifier.type)) {
    const code = asString(coding.code)?.toUpperCase();
    if (code && code in FHIR_IDENTIFIER_TYPES) return FHIR_IDENTIFIER_TYPES[code as keyof typeof FHIR_IDENTIFIER_TYPES];
  }
  return undefined;
}

function nameOf(patient: Record<string, unknown>): string | undefined {
  const names = objects(patient.name);
  const name = names.find((candidate) => candidate.use === 'official') ?? names.find((candidate) => candidate.use === 'usual') ?? names[0];
  if (!name) return undefined;
  const given = (Array.isArray(name.given) ? name.given : []).map(asString).reduce<string | undefined>((joined, part) => joinName(joined, part), undefined);
  return asString(name.text) ?? joinName(asString(name.family), given);
}

export function readPatient(entry: FhirEntry, options: FhirOptions | undefined, issues: IssueList): PatientRecord {
  const patient = entry.resource;
  const identifiers: PatientIdentifier[] = [];
  let malformed = false;
  objects(patient.identifier).forEach((identifier, index) => {
    const value = asString(identifier.value);
    const kind = kindOf(identifier, options);
    if (!value || !kind) return;
    if (kind !== 'idCard') {
      identifiers.push({ kind, value });
      return;
    }
    const idCard = normalizeIdCard(value);
    if (idCard) identifiers.push({ kind, value: idCard });
    else {
      malformed = true;
      issues.add(entry.label, `identifier[${index}]`, `身份证号格式不对：${value}`);
    }
  });
  if (identifiers.length === 0 && !malformed) {
    issues.add(entry.label, 'identifier', '没有可用的患者标识（identifier.type 为 PI/MR/VN/NNCHN/NI/HC，或部署配置的 system）：不能只凭姓名关联结果');
  }
  const record: PatientRecord = { entry: entry.label, identifiers };
  const name = nameOf(patient);
  if (name) record.name = name;
  const gender = asString(patient.gender);
  if (gender) {
    const sex = parseSex(gender);
    if (sex) record.sex = sex;
    else issues.add(entry.label, 'gender', `无法识别的性别：${gender}`);
  }
  const birthDate = asString(patient.birthDate);
  if (birthDate) {
    const parsed = parseFhirDateTime(birthDate);
    if (parsed.ok) record.birthDate = parsed.iso.slice(0, 10);
    else issues.add(entry.label, 'birthDate', parsed.message);
  }
  return record;
}
