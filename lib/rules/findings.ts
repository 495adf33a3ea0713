// A finding is one rule's contribution to an item verdict: a reason, and how far it limits the
// verdict (`none` = informational, `optional` = at most the doctor's discretion, `not-eligible`).
import type { Reason, VerdictStatus } from './evaluate-schema.ts';

export type Limit = 'none' | 'optional' | 'not-eligible';

export interface Finding {
  readonly limit: Limit;
  readonly reason: Reason;
}

export function finding(limit: Limit, code: string, clause: string, text: string): Finding {
  return { limit, reason: { code, clause, text } };
}

const limitOrder: Record<Limit, number> = { 'not-eligible': 0, optional: 1, none: 2 };

/** The status the findings allow before exceptions: required unless something limits it. */
export function statusFromFindings(findings: readonly Finding[]): 'required' | 'optional' | 'not-eligible' {
  if (findings.some((f) => f.limit === 'not-eligible')) return 'not-eligible';
  if (findings.some((f) => f.limit === 'optional')) return 'optional';
  return 'required';
}

/** Limiting reasons first (not-eligible, then optional), informational last; stable otherwise. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => limitOrder[a.f.limit] - limitOrder[b.f.limit] || a.index - b.index)
    .map(({ f }) => f);
}

/** Item and order statuses from the strongest claim on the doctor to the weakest. */
export const STATUS_RANK: Record<VerdictStatus, number> = {
  required: 6,
  exempt: 5,
  optional: 4,
  'not-eligible': 3,
  'no-prior': 2,
  unmatched: 1,
};
