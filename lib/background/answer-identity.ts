// The doctor's answer to a name + sex + age match the panel offered: stored (awaited) before the
// reply, under what the screen showed of the patient and the day, so it holds for that reading only
// (lib/background/resolve-identity.ts reads it back). Only a candidate this screen was offered, while
// the screen still shows the same patient, is accepted: a page cannot link a patient it was not shown.
import type { IdentityConfirmReply } from '../messaging/protocol.ts';
import type { HrDatabase } from '../store/hr-database.ts';
import { BACKGROUND_TEXT } from '../ui-text.ts';
import type { PanelEntry } from './panel-state-cache.ts';

export interface IdentityAnswer {
  candidateKey: string;
  same: boolean;
  /** The patient label the panel showed beside the offer. */
  patientLabel: string;
}

export async function answerIdentity(
  entry: PanelEntry,
  answer: IdentityAnswer,
  deps: { db: HrDatabase; now: Date; newId(): string },
): Promise<IdentityConfirmReply> {
  const offer = entry.state.identity;
  const screenKey = entry.context.identityScreenKey;
  const offered = offer?.candidates.some((candidate) => candidate.patientKey === answer.candidateKey) ?? false;
  if (!screenKey || !offered || entry.state.patientLabel !== answer.patientLabel) return { ok: false, error: BACKGROUND_TEXT.identityNotOffered };
  await deps.db.identityChecks.add({
    id: deps.newId(),
    screenKey,
    patientKey: answer.candidateKey,
    same: answer.same,
    decidedAt: deps.now.toISOString(),
    adapterId: entry.state.adapterId,
  });
  return { ok: true };
}
