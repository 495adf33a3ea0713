// The product's own export / import file ("hr-assistant-export"). Pure: validated here, written to
// Dexie by the background. Dates without an offset are read as Asia/Shanghai by the engine.
import { z } from 'zod';
import { markSchema } from '../catalog/catalog-schema.ts';
import { institutionSchema } from '../rules/evaluate-schema.ts';

export const identifierKindSchema = z.enum(['hisPatientId', 'hisVisitId', 'idCard', 'insuranceCard']);
export type IdentifierKind = z.infer<typeof identifierKindSchema>;

const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, '应为 ISO-8601 日期时间');

export const exportPatientSchema = z.object({
  key: z.string().min(1).max(100),
  identifiers: z.array(z.object({ kind: identifierKindSchema, value: z.string().min(1).max(60) })).min(1),
  name: z.string().min(1).max(60),
  sex: z.enum(['男', '女', '未知']),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD'),
});
export type ExportPatient = z.infer<typeof exportPatientSchema>;

export const exportResultSchema = z.object({
  id: z.string().min(1).max(200),
  patientKey: z.string().min(1).max(100),
  itemName: z.string().min(1).max(200),
  performedAt: isoDateTime,
  reportedAt: isoDateTime.optional(),
  institution: institutionSchema,
  mark: markSchema.nullable(),
  result: z.enum(['positive', 'negative']).nullable().optional(),
  value: z.string().max(100).optional(),
  unit: z.string().max(40).optional(),
  archiveNo: z.string().max(100).optional(),
  source: z.string().min(1).max(40),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportFileHeaderSchema = z.object({
  format: z.literal('hr-assistant-export'),
  version: z.literal(1),
  exportedAt: isoDateTime,
  patients: z.array(z.unknown()),
  results: z.array(z.unknown()),
});

export interface ExportFile {
  format: 'hr-assistant-export';
  version: 1;
  exportedAt: string;
  patients: ExportPatient[];
  results: ExportResult[];
}

export interface ImportIssue {
  /** `patients[3]`, `results[120]`, or `file`. */
  entry: string;
  field: string;
  message: string;
}

export type ParsedExport = { ok: true; file: ExportFile } | { ok: false; issues: ImportIssue[] };

/**
 * Validates every record and reports every bad one (entry, field, reason). All or nothing: a file
 * with any issue yields no data at all.
 */
export function parseExportFile(text: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ entry: 'file', field: '', message: `不是有效的 JSON：${(error as Error).message}` }] };
  }
  const header = exportFileHeaderSchema.safeParse(raw);
  if (!header.success) {
    return { ok: false, issues: header.error.issues.map((issue) => ({ entry: 'file', field: issue.path.join('.'), message: issue.message })) };
  }
  const issues: ImportIssue[] = [];
  const patients: ExportPatient[] = [];
  const results: ExportResult[] = [];
  header.data.patients.forEach((entry, index) => {
    const parsed = exportPatientSchema.safeParse(entry);
    if (parsed.success) patients.push(parsed.data);
    else for (const issue of parsed.error.issues) issues.push({ entry: `patients[${index}]`, field: issue.path.join('.'), message: issue.message });
  });
  const patientKeys = new Set(patients.map((patient) => patient.key));
  header.data.results.forEach((entry, index) => {
    const parsed = exportResultSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ entry: `results[${index}]`, field: issue.path.join('.'), message: issue.message });
      return;
    }
    if (!patientKeys.has(parsed.data.patientKey)) {
      issues.push({ entry: `results[${index}]`, field: 'patientKey', message: `文件中没有患者 ${parsed.data.patientKey}` });
      return;
    }
    results.push(parsed.data);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, file: { format: 'hr-assistant-export', version: 1, exportedAt: header.data.exportedAt, patients, results } };
}
