// The order's card, shaped like a CDS Hooks card (D21): indicator, a summary of at most 140
// characters, the source clause, one suggestion per doctor's choice (accept / re-test / patient
// declines the re-test) and the exceptions that may justify a re-test, each with its clause.
import type { Card, ExceptionCode, OrderVerdict, VerdictStatus } from './evaluate-schema.ts';
import type { JudgedItem } from './judge-item.ts';
import { exceptionsOf, type RuleSet } from './exceptions.ts';
import { CARD_TEXT, EXCEPTION_LABEL, SHORT_REASON, STATUS_LABEL } from './rule-texts.ts';
import { formatDate, shanghaiDateOf } from './shanghai-calendar.ts';

export const SUMMARY_MAX = 140;

const DECIDABLE: ReadonlySet<VerdictStatus> = new Set(['required', 'exempt', 'optional']);

/** Cuts at 140 code points (not UTF-16 units), marking the cut with an ellipsis. */
export function clampSummary(text: string): string {
  const chars = [...text];
  return chars.length <= SUMMARY_MAX ? text : `${chars.slice(0, SUMMARY_MAX - 1).join('')}…`;
}

function sourceLabel(clause: string): string {
  if (clause.startsWith('川渝')) return CARD_TEXT.sourceLabel.chuanyu;
  if (clause.startsWith('四川')) return CARD_TEXT.sourceLabel.sichuan;
  return CARD_TEXT.sourceLabel.product;
}

function firstLimitingCode(judged: JudgedItem | undefined): string {
  const reasons = judged?.verdict.reasons ?? [];
  const code = reasons.find((r) => SHORT_REASON[r.code] !== undefined)?.code;
  return code ? SHORT_REASON[code]! : STATUS_LABEL[judged?.verdict.status ?? 'unmatched'];
}

function describeSource(determining: readonly JudgedItem[]): string {
  const priors = [...new Map(determining.flatMap((j) => (j.priorConcept ? [[j.priorConcept.prior.id, j.priorConcept] as const] : []))).values()];
  if (priors.length !== 1) return '外院';
  const only = priors[0]!;
  return `${only.prior.institution.name} ${formatDate(shanghaiDateOf(only.performedMs))}`;
}

/** The exceptions that lifted the duty on the determining items, from their reasons. */
function liftingExceptions(determining: readonly JudgedItem[]): ExceptionCode[] {
  const codes = determining.flatMap((j) => j.verdict.reasons.map((r) => r.code.replace(/^exception-/, '')));
  return [...new Set(codes)].filter((c): c is ExceptionCode => Object.hasOwn(EXCEPTION_LABEL, c));
}

function summaryFor(verdict: Omit<OrderVerdict, 'card'>, determining: readonly JudgedItem[]): string {
  const order = verdict.order;
  switch (verdict.status) {
    case 'required': {
      const covered = verdict.items.filter((i) => i.status === 'required').length;
      if (verdict.items.length > 1 && covered < verdict.items.length) return CARD_TEXT.summaryRequiredPartial(order, covered, verdict.items.length);
      const days = determining.map((j) => j.verdict.daysLeft).filter((d): d is number => d !== undefined);
      return CARD_TEXT.summaryRequired(order, describeSource(determining), days.length > 0 ? Math.min(...days) : undefined);
    }
    case 'exempt':
      return CARD_TEXT.summaryExempt(order, liftingExceptions(determining).map((c) => EXCEPTION_LABEL[c]).join('、'));
    case 'optional':
      return CARD_TEXT.summaryOptional(order, firstLimitingCode(determining[0]));
    case 'not-eligible':
      return CARD_TEXT.summaryNotEligible(order, firstLimitingCode(determining[0]));
    case 'no-prior':
      return CARD_TEXT.summaryNoPrior(order);
    case 'unmatched':
      return CARD_TEXT.summaryUnmatched(order);
  }
}

/** Exceptions offered: those in every rule set governing the determining items, with both clauses. */
function overrideReasons(determining: readonly JudgedItem[]): Card['overrideReasons'] {
  const ruleSets = [...new Set(determining.map((j) => j.verdict.ruleSet).filter((r): r is RuleSet => r !== undefined))];
  if (ruleSets.length === 0) return [];
  const lists = ruleSets.map((r) => exceptionsOf(r));
  return lists[0]!.flatMap((first) => {
    const clauses = lists.map((list) => list.find((e) => e.code === first.code)?.clause);
    if (clauses.some((c) => c === undefined)) return [];
    return [{ code: first.code, display: first.display, clause: clauses.join('；') }];
  });
}

function detailFor(verdict: Omit<OrderVerdict, 'card'>): string {
  const lines = verdict.items.map((i) => `${i.itemName}：${STATUS_LABEL[i.status]}。${i.reasons.map((r) => `${r.text}（${r.clause}）`).join(' ')}`);
  for (const r of verdict.reasons ?? []) lines.push(`${r.text}（${r.clause}）`);
  return lines.join('\n');
}

export function buildCard(verdict: Omit<OrderVerdict, 'card'>, judged: readonly JudgedItem[]): Card {
  const determining = judged.filter((j) => j.verdict.status === verdict.status);
  const clause = determining[0]?.verdict.reasons[0]?.clause ?? verdict.reasons?.[0]?.clause ?? '产品决定 D19';
  const decidable = DECIDABLE.has(verdict.status);
  const detail = detailFor(verdict);
  return {
    indicator: verdict.status === 'required' ? 'warning' : 'info',
    summary: clampSummary(summaryFor(verdict, determining)),
    ...(detail ? { detail } : {}),
    source: { label: sourceLabel(clause), clause },
    suggestions: decidable
      ? [
          { label: CARD_TEXT.acceptLabel, action: 'accept' as const },
          { label: CARD_TEXT.retestLabel, action: 'retest' as const },
          { label: CARD_TEXT.declinesLabel, action: 'patient-declines' as const },
        ]
      : [],
    overrideReasons: decidable ? overrideReasons(determining) : [],
  };
}
