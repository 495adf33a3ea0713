// Validates an unknown value as an EvaluateRequest, returning every problem as `{ path, message }`
// (zh-CN), never a partly-checked request. On top of the schema it refuses impossible dates
// (2026-02-30) and duplicate prior ids, which the schema's regexes and types cannot see.
import { z } from 'zod';
import { evaluateRequestSchema, type EvaluateRequest } from './evaluate-schema.ts';
import { parseInstant } from './shanghai-calendar.ts';

export interface RequestError {
  /** Where, e.g. `priors[0].performedAt`; `(根)` for the whole value. */
  readonly path: string;
  readonly message: string;
}

export type ParseRequestResult = { ok: true; request: EvaluateRequest } | { ok: false; errors: RequestError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(根)';
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function semanticErrors(request: EvaluateRequest): RequestError[] {
  const errors: RequestError[] = [];
  const checkDate = (value: string, path: string) => {
    const parsed = parseInstant(value);
    if (!parsed.ok) errors.push({ path, message: parsed.message });
  };
  checkDate(request.now, 'now');
  const seen = new Map<string, number>();
  request.priors.forEach((prior, index) => {
    checkDate(prior.performedAt, `priors[${index}].performedAt`);
    const first = seen.get(prior.id);
    if (first !== undefined) errors.push({ path: `priors[${index}].id`, message: `结果编号 ${prior.id} 与 priors[${first}] 重复` });
    else seen.set(prior.id, index);
  });
  return errors;
}

export function parseEvaluateRequest(raw: unknown): ParseRequestResult {
  const parsed = evaluateRequestSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const errors = semanticErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, request: parsed.data };
}
