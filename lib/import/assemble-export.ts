// The last step of every importer: checks the records against the export format's own schemas (a
// backstop: importers check fields themselves), folds exact repeats of a result into one, lets a
// correction replace what it corrects, and returns the file, or every issue and no data at all.
import { exportPatientSchema, exportResultSchema, type ExportPatient, type ParsedExport } from '../store/export-format.ts';
import type { ImportedResult, IssueList } from './import-types.ts';
import { shanghaiNow } from './shanghai-datetime.ts';

export interface PendingResult {
  /** Where the result came from, for issues. */
  entry: string;
  result: ImportedResult;
  /** A correction (HL7 OBX-11 = C): replaces an earlier reading of the same result in the file. */
  correction?: boolean;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

export function assembleExport(patients: ExportPatient[], pending: PendingResult[], issues: IssueList, now: string | undefined): ParsedExport {
  patients.forEach((patient) => {
    const parsed = exportPatientSchema.safeParse(patient);
    if (!parsed.success) for (const issue of parsed.error.issues) issues.add(`patient ${patient.key}`, issue.path.join('.'), issue.message);
  });
  const byId = new Map<string, PendingResult>();
  const results: ImportedResult[] = [];
  for (const item of pending) {
    const parsed = exportResultSchema.safeParse(item.result);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.add(item.entry, issue.path.join('.'), issue.message);
      continue;
    }
    const earlier = byId.get(item.result.id);
    if (earlier) {
      if (item.correction) {
        results[results.indexOf(earlier.result)] = item.result;
        byId.set(item.result.id, item);
      } else if (canonical(earlier.result) !== canonical(item.result)) {
        issues.add(item.entry, 'id', `与 ${earlier.entry} 是同一结果（同一患者、项目、时间、机构），但内容不同，不能确定以哪条为准`);
      }
      continue;
    }
    byId.set(item.result.id, item);
    results.push(item.result);
  }
  if (issues.count > 0) return { ok: false, issues: issues.items };
  return { ok: true, file: { format: 'hr-assistant-export', version: 1, exportedAt: now ?? shanghaiNow(), patients, results } };
}
