// The printable 知情同意书 for an item the doctor chose to re-test (or the patient refused to re-test).
import type { ConsentReply } from '../messaging/protocol.ts';
import { draftConsentForm } from '../records/index.ts';
import type { PanelEntry } from './panel-state-cache.ts';
import { BACKGROUND_TEXT } from '../ui-text.ts';
import { shanghaiIsoOf } from '../rules/shanghai-calendar.ts';

export function buildConsent(entry: PanelEntry, concept: string, hospitalName: string, now: Date): ConsentReply {
  const { state, context } = entry;
  // A form names a prior of this patient: never one only previewed for a name + sex + age match.
  if (!context.patientKey) return { ok: false, error: BACKGROUND_TEXT.decisionNoPatient };
  const verdict = state.verdicts.find((candidate) => candidate.items.some((item) => item.concept === concept));
  const item = verdict?.items.find((candidate) => candidate.concept === concept);
  if (!verdict || !item) return { ok: false, error: BACKGROUND_TEXT.itemGone };
  const decision = state.decisions[concept];
  const prior = item.priorId ? context.request?.priors.find((candidate) => candidate.id === item.priorId) : undefined;
  const draft = draftConsentForm({
    hospitalName,
    patient: context.patientDisplay,
    orderName: verdict.order,
    item,
    ...(prior ? { prior } : {}),
    ...(decision?.exception ? { exception: decision.exception } : {}),
    ...(decision?.reasonDetail ? { reasonDetail: decision.reasonDetail } : {}),
    recordedAt: shanghaiIsoOf(now),
  });
  return { ok: true, html: draft.html, missing: draft.missing };
}
