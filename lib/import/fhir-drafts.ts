// What each result-bearing resource says about a result, before patients and institutions are
// resolved: Observation (with what it inherits from its DiagnosticReport), a DiagnosticReport that
// stands alone (an imaging report), an ImagingStudy no report covers.
import { readArchiveNo, readEffective, readInterpretation, readItem, readMark, readObservationValue, readTime } from './fhir-fields.ts';
import { asArray, asString, objects } from './fhir-json.ts';
import type { FhirEntry } from './fhir-resources.ts';
import type { IssueList, ItemCode } from './import-types.ts';
import type { MarkFound } from './mark-values.ts';

/** What one resource (with its report, for an Observation) says about a result. */
export interface Draft {
  entry: FhirEntry;
  item: { text?: string; codes: ItemCode[] };
  itemField: string;
  /** `null`: present but unreadable (already reported). */
  performedAt: string | null | undefined;
  timeField: string;
  reportedAt?: string;
  subject: { reference: unknown; from: FhirEntry };
  performers: { references: unknown[]; from: FhirEntry; field: string };
  mark: MarkFound;
  result: 'positive' | 'negative' | null;
  value?: string;
  unit?: string;
  archiveNo?: string;
}

export class FhirDraftReader {
  constructor(private readonly issues: IssueList) {}

  private time(read: () => string | undefined): string | null | undefined {
    const before = this.issues.count;
    const value = read();
    return value ?? (this.issues.count > before ? null : undefined);
  }

  observation(observation: FhirEntry, report: FhirEntry | undefined): Draft {
    const r = observation.resource;
    const own = this.time(() => readEffective(observation, this.issues));
    const fromReport = own === undefined && report ? this.time(() => readEffective(report, this.issues)) : undefined;
    const ownPerformers = asArray(r.performer);
    const draft: Draft = {
      entry: observation,
      item: readItem(r.code),
      itemField: 'code',
      performedAt: own !== undefined ? own : fromReport,
      timeField: report ? 'effective[x]（及 DiagnosticReport.effective[x]）' : 'effective[x]',
      subject: r.subject === undefined && report ? { reference: report.resource.subject, from: report } : { reference: r.subject, from: observation },
      performers:
        ownPerformers.length === 0 && report
          ? { references: asArray(report.resource.performer), from: report, field: 'performer' }
          : { references: ownPerformers, from: observation, field: 'performer' },
      mark: this.markOf(observation, report),
      result: readInterpretation(observation, this.issues),
      ...readObservationValue(r),
    };
    const reportedAt = readTime(observation, 'issued', r.issued, this.issues) ?? (report ? readTime(report, 'issued', report.resource.issued, this.issues) : undefined);
    if (reportedAt) draft.reportedAt = reportedAt;
    const archiveNo = readArchiveNo(r) ?? (report ? readArchiveNo(report.resource) : undefined);
    if (archiveNo) draft.archiveNo = archiveNo;
    return draft;
  }

  private markOf(entry: FhirEntry, report: FhirEntry | undefined): MarkFound {
    const own = readMark(entry, this.issues);
    return own !== undefined || !report ? own : readMark(report, this.issues);
  }

  report(report: FhirEntry): Draft {
    const r = report.resource;
    const draft: Draft = {
      entry: report,
      item: readItem(r.code),
      itemField: 'code',
      performedAt: this.time(() => readEffective(report, this.issues)),
      timeField: 'effective[x]',
      subject: { reference: r.subject, from: report },
      performers: { references: asArray(r.performer), from: report, field: 'performer' },
      mark: readMark(report, this.issues),
      result: null,
    };
    const reportedAt = readTime(report, 'issued', r.issued, this.issues);
    if (reportedAt) draft.reportedAt = reportedAt;
    const archiveNo = readArchiveNo(r);
    if (archiveNo) draft.archiveNo = archiveNo;
    return draft;
  }

  study(study: FhirEntry): Draft {
    const r = study.resource;
    const procedure = objects(r.procedureCode)[0];
    const item = readItem(procedure);
    if (item.text === undefined && asString(r.description)) item.text = asString(r.description);
    const actors = objects(r.series).flatMap((series) => objects(series.performer).map((performer) => performer.actor));
    const draft: Draft = {
      entry: study,
      item,
      itemField: 'procedureCode',
      performedAt: this.time(() => readTime(study, 'started', r.started, this.issues)),
      timeField: 'started',
      subject: { reference: r.subject, from: study },
      performers: { references: actors, from: study, field: 'series.performer.actor' },
      mark: readMark(study, this.issues),
      result: null,
    };
    const archiveNo = readArchiveNo(r);
    if (archiveNo) draft.archiveNo = archiveNo;
    return draft;
  }
}
