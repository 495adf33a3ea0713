// The exceptions that lift the duty to recognise (川渝互认规则 四 lists 7, 四川实施方案 四(四) lists 6:
// Sichuan has no "patient or family asks for a re-test"). Which list applies follows the catalog
// that makes the prior qualify (its mark's list), not the ordering institution.
import type { ExceptionCode } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import { EXCEPTION_LABEL, EXCEPTION_TEXT, TEXT } from './rule-texts.ts';
import { CLAUSE, withDecision } from './clauses.ts';

export type RuleSet = 'chuanyu' | 'sichuan';

/** Clause of each exception in each list; `null` where the list does not have it. */
export const EXCEPTION_CLAUSES: Readonly<Record<ExceptionCode, Readonly<Record<RuleSet, string | null>>>> = {
  'condition-changed': { chuanyu: `${CLAUSE.chuanyuExceptions}.1`, sichuan: `${CLAUSE.sichuanExceptions}1` },
  'rapid-change': { chuanyu: `${CLAUSE.chuanyuExceptions}.2`, sichuan: `${CLAUSE.sichuanExceptions}2` },
  'major-procedure': { chuanyu: `${CLAUSE.chuanyuExceptions}.3`, sichuan: `${CLAUSE.sichuanExceptions}3` },
  emergency: { chuanyu: `${CLAUSE.chuanyuExceptions}.4`, sichuan: `${CLAUSE.sichuanExceptions}4` },
  'patient-request': { chuanyu: `${CLAUSE.chuanyuExceptions}.5`, sichuan: null },
  forensic: { chuanyu: `${CLAUSE.chuanyuExceptions}.6`, sichuan: `${CLAUSE.sichuanExceptions}5` },
  other: { chuanyu: `${CLAUSE.chuanyuExceptions}.7`, sichuan: `${CLAUSE.sichuanExceptions}6` },
};

const ALL_CODES = Object.keys(EXCEPTION_CLAUSES) as ExceptionCode[];

export function exceptionClause(code: ExceptionCode, ruleSet: RuleSet): string | null {
  return EXCEPTION_CLAUSES[code][ruleSet];
}

/** The exceptions of a list in printed order, e.g. for a card's override reasons. */
export function exceptionsOf(ruleSet: RuleSet): { code: ExceptionCode; display: string; clause: string }[] {
  return ALL_CODES.flatMap((code) => {
    const clause = exceptionClause(code, ruleSet);
    return clause === null ? [] : [{ code, display: EXCEPTION_LABEL[code], clause }];
  });
}

export interface ExceptionOutcome {
  /** True when at least one chosen exception is in the list: `required` becomes `exempt`. */
  readonly lifted: boolean;
  readonly findings: readonly Finding[];
}

/** Applies the request's exceptions to a prior that would be `required` under `ruleSet`. */
export function applyExceptions(
  chosen: readonly ExceptionCode[],
  ruleSet: RuleSet,
  otherReason: string | undefined,
): ExceptionOutcome {
  const findings: Finding[] = [];
  let lifted = false;
  for (const code of [...new Set(chosen)]) {
    const clause = exceptionClause(code, ruleSet);
    if (clause === null) {
      findings.push(finding('none', 'exception-not-listed', withDecision(CLAUSE.sichuanExceptions, 'D17'), TEXT.exceptionNotListed(EXCEPTION_TEXT[code])));
      continue;
    }
    lifted = true;
    const detail = code === 'other' ? otherReason?.trim() || undefined : undefined;
    findings.push(finding('none', `exception-${code}`, clause, TEXT.exceptionApplied(EXCEPTION_TEXT[code], detail)));
    if (code === 'other' && detail === undefined) {
      findings.push(finding('none', 'exception-reason-missing', clause, TEXT.exceptionReasonMissing()));
    }
  }
  return { lifted, findings };
}
