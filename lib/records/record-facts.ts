// Facts shared by every draft: the governing rule set and its record clause, the prior described
// in one line, the reason for not accepting, and who was informed.
import type { Prior } from '../rules/evaluate-schema.ts';
import { exceptionClause, type RuleSet } from '../rules/exceptions.ts';
import { EXCEPTION_TEXT } from '../rules/rule-texts.ts';
import { CLAUSE } from '../rules/clauses.ts';
import { shanghaiDateString, parseInstant } from '../rules/shanghai-calendar.ts';
import type { FieldCollector } from './missing-fields.ts';
import type { InformedParty, RecordInput } from './record-input.ts';
import { FIELD, RECORD_TEXT } from './record-texts.ts';

/** The rule set from the verdict; else from the prior's mark; else both documents are cited. */
export function ruleSetFor(item: RecordInput['item'], prior: Prior | undefined): RuleSet | undefined {
  if (item.ruleSet) return item.ruleSet;
  if (prior?.mark === '川渝HR') return 'chuanyu';
  if (prior?.mark === '川内HR') return 'sichuan';
  return undefined;
}

/** 川渝互认规则 三 / 四川实施方案 四(三): what the record must contain. */
export function recordClause(ruleSet: RuleSet | undefined): string {
  if (ruleSet === 'chuanyu') return CLAUSE.chuanyuDoctorDecides;
  if (ruleSet === 'sichuan') return CLAUSE.sichuanDoctorDecides;
  return `${CLAUSE.chuanyuDoctorDecides}；${CLAUSE.sichuanDoctorDecides}`;
}

export function dateOf(iso: string | undefined): string | undefined {
  if (iso === undefined || !parseInstant(iso).ok) return undefined;
  return shanghaiDateString(iso);
}

export function markText(prior: Prior | undefined, fields: FieldCollector): string {
  if (!prior) return fields.need(undefined, FIELD.mark);
  return prior.mark ?? RECORD_TEXT.noMark;
}

export function priorReference(input: { item: RecordInput['item']; prior?: Prior }, fields: FieldCollector): string {
  const { prior } = input;
  return RECORD_TEXT.priorRef(
    fields.need(input.item.itemName, FIELD.item),
    fields.need(prior?.institution.name, FIELD.institution),
    fields.need(dateOf(prior?.performedAt), FIELD.performedDate),
    prior?.archiveNo,
    markText(prior, fields),
  );
}

/** The reason for not accepting: the exception with its clause under the governing list, and the doctor's words. */
export function retestReason(
  input: Pick<RecordInput, 'exception' | 'reasonDetail'>,
  ruleSet: RuleSet | undefined,
  fields: FieldCollector,
): string {
  const detail = input.reasonDetail?.trim() || undefined;
  const code = input.exception;
  if (code === undefined) return detail ?? fields.flag(FIELD.retestReason);
  const clauses = ruleSet ? [exceptionClause(code, ruleSet)] : [exceptionClause(code, 'chuanyu'), exceptionClause(code, 'sichuan')];
  if (clauses.every((c) => c === null)) {
    return RECORD_TEXT.reason(`${EXCEPTION_TEXT[code]}${RECORD_TEXT.notListed}`, undefined, detail ?? fields.flag(FIELD.notListedReason));
  }
  const clause = clauses.filter((c): c is string => c !== null).join('；');
  if (code === 'other' && detail === undefined) return RECORD_TEXT.reason(EXCEPTION_TEXT[code], clause, fields.flag(FIELD.otherReason));
  return RECORD_TEXT.reason(EXCEPTION_TEXT[code], clause, detail);
}

export function informedText(informed: InformedParty | undefined, fields: FieldCollector): string {
  if (!informed) return fields.flag(FIELD.informedParty);
  if (informed.party === 'patient') return RECORD_TEXT.named(RECORD_TEXT.patient, informed.name);
  return RECORD_TEXT.named(RECORD_TEXT.family(fields.need(informed.relation, FIELD.familyRelation)), informed.name);
}
