// FHIR R4 (a Bundle as JSON, or NDJSON) → the export format. Results come from Observation,
// DiagnosticReport (one per report without `result` references: an imaging report) and
// ImagingStudy (when no report covers it). Patients and performing Organizations are resolved by
// reference inside the file; a dangling reference is an issue. Conventions in docs/import.md.
import type { ParsedExport } from '../store/export-format.ts';
import { assembleExport, type PendingResult } from './assemble-export.ts';
import { FhirInstitutions } from './fhir-institution.ts';
import { asArray, asString } from './fhir-json.ts';
import { FhirDraftReader, type Draft } from './fhir-drafts.ts';
import { readPatient } from './fhir-patient.ts';
import { FhirIndex, loadFhirJson, loadFhirNdjson, type FhirEntry } from './fhir-resources.ts';
import { IssueList, type ImportOptions, type ImportedResult } from './import-types.ts';
import { markForItem, splitStar } from './mark-values.ts';
import { groupPatients, primaryIdentifier, type PatientRecord } from './patient-groups.ts';
import { derivedResultId } from './result-id.ts';
import { sha256Hex } from './sha256.ts';

/** Statuses of reports and observations that are imported; others (preliminary, cancelled…) are skipped. */
const FINAL_STATUSES = new Set(['final', 'amended', 'corrected', 'appended']);

interface Found {
  patient: number;
  entry: FhirEntry;
  result: Omit<ImportedResult, 'patientKey' | 'id'>;
}

class FhirImporter {
  readonly patients: PatientRecord[] = [];
  readonly found: Found[] = [];
  private readonly patientIndex = new Map<string, number>();
  private readonly institutions: FhirInstitutions;
  private readonly drafts: FhirDraftReader;

  constructor(
    private readonly index: FhirIndex,
    private readonly options: ImportOptions,
    readonly issues: IssueList,
  ) {
    this.institutions = new FhirInstitutions(options.institutions, issues);
    this.drafts = new FhirDraftReader(issues);
  }

  run(): void {
    const of = (type: string) => this.index.entries.filter((entry) => entry.resourceType === type);
    const reports = of('DiagnosticReport').filter((report) => this.isFinal(report));
    const reportOf = new Map<FhirEntry, FhirEntry>();
    const coveredStudies = new Set<FhirEntry>();
    for (const report of reports) {
      for (const [i, reference] of asArray(report.resource.result).entries()) {
        const resolved = this.index.resolve(reference, report, ['Observation']);
        if ('message' in resolved) this.issues.add(report.label, `result[${i}]`, resolved.message);
        else if (!reportOf.has(resolved.entry)) reportOf.set(resolved.entry, report);
      }
      for (const [i, reference] of asArray(report.resource.imagingStudy).entries()) {
        const resolved = this.index.resolve(reference, report, ['ImagingStudy']);
        if ('message' in resolved) this.issues.add(report.label, `imagingStudy[${i}]`, resolved.message);
        else coveredStudies.add(resolved.entry);
      }
    }
    for (const observation of of('Observation')) {
      if (!this.isFinal(observation)) continue;
      const hasValue = Object.keys(observation.resource).some((key) => key.startsWith('value'));
      if (asArray(observation.resource.hasMember).length > 0 && !hasValue) continue; // a panel heading; members come on their own
      this.finish(this.drafts.observation(observation, reportOf.get(observation)));
    }
    for (const report of reports) {
      if (asArray(report.resource.result).length === 0) this.finish(this.drafts.report(report));
    }
    for (const study of of('ImagingStudy')) {
      if (!coveredStudies.has(study) && this.isFinal(study, ['available'])) this.finish(this.drafts.study(study));
    }
  }

  private isFinal(entry: FhirEntry, statuses: ReadonlySet<string> | string[] = FINAL_STATUSES): boolean {
    const status = asString(entry.resource.status);
    if (status === undefined) {
      this.issues.add(entry.label, 'status', '缺少 status（FHIR 必填），不能确定是否为正式结果');
      return false;
    }
    return Array.isArray(statuses) ? statuses.includes(status) : (statuses as ReadonlySet<string>).has(status);
  }

  private patientOf(draft: Draft): number | undefined {
    const { reference, from } = draft.subject;
    if (reference === undefined) {
      this.issues.add(draft.entry.label, 'subject', '缺少 subject：不知道是哪位患者的结果');
      return undefined;
    }
    const resolved = this.index.resolve(reference, from, ['Patient']);
    if ('message' in resolved) {
      this.issues.add(from.label, 'subject', resolved.message);
      return undefined;
    }
    const known = this.patientIndex.get(resolved.entry.label);
    if (known !== undefined) return known;
    const index = this.patients.push(readPatient(resolved.entry, this.options.fhir, this.issues)) - 1;
    this.patientIndex.set(resolved.entry.label, index);
    return index;
  }

  private finish(draft: Draft): void {
    const before = this.issues.count;
    const label = draft.entry.label;
    const { name: itemName, starred } = splitStar(draft.item.text ?? '');
    if (itemName === '') {
      const code = draft.item.codes[0];
      this.issues.add(label, draft.itemField, `项目没有名称：${draft.itemField}.text 和 coding.display 都没有${code ? `（只有编码 ${code.code}）` : ''}`);
    } else if (itemName.length > 200) this.issues.add(label, draft.itemField, '项目名称超过 200 个字符');
    if (draft.performedAt === undefined) this.issues.add(label, draft.timeField, '缺少检查/采样时间');
    const mark = markForItem(draft.mark ?? null, starred, this.options.starMark);
    if (!mark.ok) this.issues.add(label, draft.itemField, mark.message);
    if (draft.unit !== undefined && draft.unit.length > 40) this.issues.add(label, 'valueQuantity.unit', '单位超过 40 个字符');
    if (draft.archiveNo !== undefined && draft.archiveNo.length > 100) this.issues.add(label, 'identifier', '报告号超过 100 个字符');
    const patient = this.patientOf(draft);
    const institution = this.institutions.fromPerformers(draft.performers, this.index);
    if (this.issues.count > before || patient === undefined || !institution || !draft.performedAt || !mark.ok) return;
    const result: Omit<ImportedResult, 'patientKey' | 'id'> = { itemName, performedAt: draft.performedAt, institution, mark: mark.mark, source: 'fhir' };
    if (draft.reportedAt) result.reportedAt = draft.reportedAt;
    if (draft.result) result.result = draft.result;
    if (draft.value !== undefined) result.value = draft.value;
    if (draft.unit !== undefined) result.unit = draft.unit;
    if (draft.archiveNo !== undefined) result.archiveNo = draft.archiveNo;
    if (draft.item.codes.length > 0) result.itemCodes = draft.item.codes;
    this.found.push({ patient, entry: draft.entry, result });
  }
}

/**
 * `fhir:<Type>/<id>@<institution>`: the resource id (or the `urn:uuid:` of its full URL), scoped by
 * the first 8 hex digits of SHA-256 of the institution's name, so that two servers' `Observation/1`
 * do not overwrite each other. A resource with neither falls back to the content-derived id.
 */
function resultId(found: Found, patients: readonly PatientRecord[]): string | undefined {
  const { entry, result } = found;
  const own = asString(entry.resource.id) ?? (entry.fullUrl?.startsWith('urn:uuid:') ? entry.fullUrl.slice('urn:uuid:'.length) : undefined);
  if (own) return `fhir:${entry.resourceType}/${own}@${sha256Hex(result.institution.name).slice(0, 8)}`;
  const primary = primaryIdentifier(patients[found.patient]!.identifiers);
  if (!primary) return undefined;
  return derivedResultId({ source: 'fhir', patient: primary, itemName: result.itemName, performedAt: result.performedAt, institutionName: result.institution.name });
}

/** Reads the whole text as JSON (a Bundle or one resource); failing that, as NDJSON. */
function loadEntries(text: string, issues: IssueList): FhirEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return loadFhirNdjson(text, issues);
  }
  return loadFhirJson(value, issues);
}

export function parseFhirImport(text: string, options: ImportOptions = {}): ParsedExport {
  const issues = new IssueList();
  const entries = loadEntries(text.replace(/^\uFEFF/, ''), issues);
  const importer = new FhirImporter(new FhirIndex(entries), options, issues);
  importer.run();
  if (entries.length > 0 && importer.found.length === 0 && issues.count === 0) {
    issues.add('file', '', '文件中没有可导入的结果（正式状态的 Observation、DiagnosticReport 或 ImagingStudy）');
  }
  const groups = groupPatients(importer.patients, { identifiers: 'identifier', name: 'name', sex: 'gender', birthDate: 'birthDate' }, issues);
  const pending: PendingResult[] = [];
  for (const found of importer.found) {
    const patientKey = groups.keyOfRecord[found.patient];
    const id = resultId(found, importer.patients);
    if (patientKey && id) pending.push({ entry: found.entry.label, result: { id, ...found.result, patientKey } });
  }
  return assembleExport(groups.patients, pending, issues, options.now);
}
