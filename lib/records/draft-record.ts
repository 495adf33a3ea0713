// The medical-record note for the doctor's choice (川渝互认规则 三 / 四川实施方案 四(三)):
// accept → item, date, institution, archive number, mark, validity, material kept;
// re-test → why (exception and clause), who was informed, "经患者或家属同意";
// patient declines → why, who refused, with signature and date lines.
import type { RecordDraft, RecordInput } from './record-input.ts';
import { FieldCollector } from './missing-fields.ts';
import { FIELD, RECORD_TEXT } from './record-texts.ts';
import { dateOf, informedText, markText, priorReference, recordClause, retestReason, ruleSetFor } from './record-facts.ts';

function footer(input: RecordInput, clause: string, fields: FieldCollector): string[] {
  return [
    ...(input.identityConfirmed ? [RECORD_TEXT.identityConfirmed] : []),
    RECORD_TEXT.basis(clause),
    RECORD_TEXT.recordedLine(fields.need(dateOf(input.recordedAt), FIELD.recordedAt)),
    RECORD_TEXT.doctorLine(input.doctorName?.trim() || undefined),
  ];
}

function acceptNote(input: RecordInput, fields: FieldCollector): string[] {
  const { prior, item } = input;
  const clause = recordClause(ruleSetFor(item, prior));
  const lines = [
    RECORD_TEXT.acceptTitle,
    RECORD_TEXT.acceptLead,
    RECORD_TEXT.acceptItem(fields.need(item.itemName, FIELD.item), input.orderName),
    RECORD_TEXT.acceptDate(fields.need(dateOf(prior?.performedAt), FIELD.performedDate)),
    RECORD_TEXT.acceptInstitution(fields.need(prior?.institution.name, FIELD.institution)),
    RECORD_TEXT.acceptArchive(fields.need(prior?.archiveNo, FIELD.archiveNo)),
    RECORD_TEXT.acceptMark(markText(prior, fields)),
    RECORD_TEXT.acceptValidity(fields.need(item.validUntil, FIELD.validUntil)),
  ];
  const value = [prior?.value, prior?.unit].filter(Boolean).join(' ');
  if (value) lines.push(RECORD_TEXT.acceptResult(value));
  lines.push(RECORD_TEXT.acceptKept);
  return [...lines, ...footer(input, clause, fields)];
}

function retestNote(input: RecordInput, fields: FieldCollector): string[] {
  const ruleSet = ruleSetFor(input.item, input.prior);
  const lines = [
    RECORD_TEXT.retestTitle,
    RECORD_TEXT.retestPrior(priorReference(input, fields)),
    RECORD_TEXT.retestDecision(input.item.itemName, retestReason(input, ruleSet, fields)),
    RECORD_TEXT.retestInformed(informedText(input.informed, fields)),
  ];
  return [...lines, ...footer(input, recordClause(ruleSet), fields)];
}

function declinesNote(input: RecordInput, fields: FieldCollector): string[] {
  const ruleSet = ruleSetFor(input.item, input.prior);
  const lines = [
    RECORD_TEXT.declinesTitle,
    RECORD_TEXT.retestPrior(priorReference(input, fields)),
    RECORD_TEXT.declinesDecision(input.item.itemName, retestReason(input, ruleSet, fields)),
    RECORD_TEXT.declinesInformed(informedText(input.informed, fields)),
    RECORD_TEXT.declinesSignature,
    RECORD_TEXT.declinesSignDate,
  ];
  return [...lines, ...footer(input, recordClause(ruleSet), fields)];
}

export function draftRecord(input: RecordInput): RecordDraft {
  const fields = new FieldCollector();
  const lines =
    input.choice === 'accept' ? acceptNote(input, fields) : input.choice === 'retest' ? retestNote(input, fields) : declinesNote(input, fields);
  return { text: lines.join('\n'), missing: fields.missing };
}
