// The CLI's logic for one input, without I/O: JSON text in, response or errors out.
import { evaluate, parseEvaluateRequest, type RequestError } from '../rules/evaluate.ts';
import type { EvaluateResponse } from '../rules/evaluate-schema.ts';
import type { PolicySettings } from '../rules/policy-settings.ts';

export type RunResult = { ok: true; response: EvaluateResponse } | { ok: false; errors: RequestError[] };

/** Follows a dot path (`request`, `a.b`) into a parsed JSON value. */
export function pickPath(value: unknown, path: string): { found: true; value: unknown } | { found: false } {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

export function runRequestText(text: string, pick: string | undefined, policy: PolicySettings): RunResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(根)', message: `不是合法的 JSON：${(error as Error).message}` }] };
  }
  if (pick !== undefined) {
    const picked = pickPath(raw, pick);
    if (!picked.found) return { ok: false, errors: [{ path: pick, message: `文件中没有属性 ${pick}` }] };
    raw = picked.value;
  }
  const parsed = parseEvaluateRequest(raw);
  if (!parsed.ok) {
    return { ok: false, errors: pick ? parsed.errors.map((e) => ({ ...e, path: e.path === '(根)' ? pick : `${pick}.${e.path}` })) : parsed.errors };
  }
  return { ok: true, response: evaluate(parsed.request, { policy }) };
}
