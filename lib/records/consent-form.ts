// A printable 知情同意书 for a re-test (or its refusal), as a self-contained HTML string: no
// scripts, no external resources, every interpolated value escaped.
import type { ConsentFormDraft, ConsentFormInput } from './record-input.ts';
import { FieldCollector } from './missing-fields.ts';
import { FIELD, RECORD_TEXT } from './record-texts.ts';
import { escapeHtml } from './html-escape.ts';
import { priorReference, recordClause, retestReason, ruleSetFor } from './record-facts.ts';

const STYLE =
  'body{font-family:"SimSun","Songti SC",serif;max-width:42em;margin:2em auto;line-height:1.8}' +
  'h1,h2{text-align:center;margin:.2em 0}h1{font-size:1.3em}h2{font-size:1.5em}p{margin:.6em 0}.sign{margin-top:2em}';

export function draftConsentForm(input: ConsentFormInput): ConsentFormDraft {
  const fields = new FieldCollector();
  const p = input.patient;
  const ruleSet = ruleSetFor(input.item, input.prior);
  const hospital = fields.need(input.hospitalName, FIELD.hospitalName);
  const patient = RECORD_TEXT.consentPatient(
    fields.need(p?.name, FIELD.patientName),
    p?.sex?.trim() || RECORD_TEXT.unknown,
    p?.age?.trim() || RECORD_TEXT.unknown,
    p?.recordNo?.trim() || RECORD_TEXT.unknown,
  );
  const prior = RECORD_TEXT.consentPrior(priorReference(input, fields));
  const decision = RECORD_TEXT.consentDecision(input.item.itemName, retestReason(input, ruleSet, fields));
  const paragraphs = [
    patient,
    prior,
    decision,
    RECORD_TEXT.consentPolicy(recordClause(ruleSet)),
    ...RECORD_TEXT.consentChoices,
  ];
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(RECORD_TEXT.consentTitle)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(hospital)}</h1>`,
    `<h2>${escapeHtml(RECORD_TEXT.consentTitle)}</h2>`,
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    `<p class="sign">${escapeHtml(RECORD_TEXT.consentPatientSign)}</p>`,
    `<p>${escapeHtml(RECORD_TEXT.consentDoctorSign(input.doctorName?.trim() || undefined))}</p>`,
    '</body></html>',
  ].join('\n');
  return { html, missing: fields.missing };
}
