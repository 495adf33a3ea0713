// The engine's request and response, as documented in docs/evaluate.md. The same shapes are used by
// the CLI (`npm run evaluate`), by the extension's background, and by the golden scenario files.
import { z } from 'zod';
import { markSchema } from '../catalog/catalog-schema.ts';

/** ISO-8601 date-time. With an offset, it is an instant; without one it is read as Asia/Shanghai. */
const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'ISO-8601 日期时间，如 2026-11-23T09:30:00+08:00');
const isoDateTimeWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/, 'ISO-8601 日期时间且带时区偏移，如 2026-11-23T09:30:00+08:00');

export const institutionLevelSchema = z.enum(['三级', '二级', '一级', '未定级']);
export const institutionRegionSchema = z.enum(['sichuan', 'chongqing', 'other']);

export const institutionSchema = z.object({
  name: z.string().min(1),
  level: institutionLevelSchema,
  region: institutionRegionSchema,
  ownership: z.enum(['public', 'private']),
  /** Medical alliances (医联体) the institution belongs to, by name. */
  alliances: z.array(z.string().min(1)).optional(),
});
export type Institution = z.infer<typeof institutionSchema>;

export const patientIdsSchema = z
  .object({
    idCard: z.string().min(1).optional(),
    insuranceCard: z.string().min(1).optional(),
    hisPatientId: z.string().min(1).optional(),
    hisVisitId: z.string().min(1).optional(),
  })
  .catchall(z.string().min(1));

export const exceptionCodeSchema = z.enum([
  'condition-changed',
  'rapid-change',
  'major-procedure',
  'emergency',
  'patient-request',
  'forensic',
  'other',
]);
export type ExceptionCode = z.infer<typeof exceptionCodeSchema>;

export const patientMatchSchema = z.enum(['identifier', 'confirmed', 'demographic']);
export type PatientMatch = z.infer<typeof patientMatchSchema>;

export const priorSchema = z.object({
  id: z.string().min(1),
  itemName: z.string().min(1),
  performedAt: isoDateTime,
  institution: institutionSchema,
  mark: markSchema.nullable(),
  result: z.enum(['positive', 'negative']).nullable().optional(),
  archiveNo: z.string().min(1).optional(),
  /** How the prior is tied to the patient on screen. Absent → treated as `demographic`. */
  patientMatch: patientMatchSchema.optional(),
  /** Display-only extras (never used by the rules). */
  value: z.string().optional(),
  unit: z.string().optional(),
});
export type Prior = z.infer<typeof priorSchema>;

export const evaluateRequestSchema = z.object({
  now: isoDateTimeWithOffset,
  orderingInstitution: institutionSchema,
  patient: patientIdsSchema.optional(),
  orders: z.array(z.object({ name: z.string().min(1) })).min(1),
  priors: z.array(priorSchema),
  exceptions: z.array(exceptionCodeSchema).optional(),
  qcRevocations: z.array(z.object({ institution: z.string().min(1), item: z.string().min(1) })).optional(),
  /** Extension: free-text reason accompanying exception `other` (川渝 四.7 / 四川 四(四)6). */
  exceptionReason: z.string().optional(),
});
export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;

export const verdictStatusSchema = z.enum(['required', 'optional', 'not-eligible', 'no-prior', 'exempt', 'unmatched']);
export type VerdictStatus = z.infer<typeof verdictStatusSchema>;

export const reasonSchema = z.object({
  /** Machine-readable reason code, e.g. `window-expired`, `mark-out-of-scope`. */
  code: z.string().min(1),
  /** The clause it comes from, e.g. `川渝互认规则 四.2`, or `产品决定 D3` for a product decision. */
  clause: z.string().min(1),
  /** zh-CN explanation for the doctor. */
  text: z.string().min(1),
});
export type Reason = z.infer<typeof reasonSchema>;

export const itemVerdictSchema = z.object({
  catalogId: z.string().min(1),
  /** Extension: the concept key shared across catalogs, and the printed item name. */
  concept: z.string().min(1),
  itemName: z.string().min(1),
  status: verdictStatusSchema,
  priorId: z.string().optional(),
  /** Last calendar day (Asia/Shanghai, YYYY-MM-DD) on which the prior can be recognised. */
  validUntil: z.string().optional(),
  /** Extension: whole days left including today (0 on the last day). */
  daysLeft: z.number().int().optional(),
  reasons: z.array(reasonSchema).min(1),
  /**
   * Extension: whose rules govern this item — `chuanyu` (川渝互认规则, 7 exceptions) or `sichuan`
   * (四川实施方案, 6 exceptions); follows the catalog that makes the chosen prior qualify.
   */
  ruleSet: z.enum(['chuanyu', 'sichuan']).optional(),
});
export type ItemVerdict = z.infer<typeof itemVerdictSchema>;

/** Shaped like a CDS Hooks card. */
export const cardSchema = z.object({
  indicator: z.enum(['info', 'warning', 'critical']),
  summary: z.string().max(140),
  detail: z.string().optional(),
  source: z.object({ label: z.string().min(1), clause: z.string().min(1) }),
  suggestions: z.array(z.object({ label: z.string().min(1), action: z.enum(['accept', 'retest', 'patient-declines']) })),
  overrideReasons: z.array(z.object({ code: exceptionCodeSchema, display: z.string().min(1), clause: z.string().min(1) })),
});
export type Card = z.infer<typeof cardSchema>;

export const orderVerdictSchema = z.object({
  order: z.string(),
  status: verdictStatusSchema,
  /** Extension: for panels, how much of the panel the priors cover. */
  panel: z.object({ id: z.string(), name: z.string(), coverage: z.enum(['full', 'partial', 'none']) }).optional(),
  /** Extension: how the order name was matched. */
  match: z.object({ confidence: z.enum(['certain', 'probable', 'none']), rule: z.string() }),
  items: z.array(itemVerdictSchema),
  /** Extension: reasons about the order as a whole (unmatched name or part, panel members no list has). */
  reasons: z.array(reasonSchema).optional(),
  card: cardSchema,
});
export type OrderVerdict = z.infer<typeof orderVerdictSchema>;

export const evaluateResponseSchema = z.object({
  verdicts: z.array(orderVerdictSchema),
});
export type EvaluateResponse = z.infer<typeof evaluateResponseSchema>;
