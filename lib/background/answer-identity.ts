// The doctor's answer to a name + sex + age match the panel offered: stored (awaited) before the
// reply, under the screen's current showing of the patient (resolve-identity.ts reads it back), so it
// holds for that showing only. Accepted only about a candidate this showing was offered, or, to take a
// confirmation back, the patient it confirmed: a page cannot link a patient it was not shown, and an
// answer given while looking at one patient never lands on the next one the screen shows.
import type { IdentityConfirmReply } from '../messaging/protocol.ts';
import type { HrDatabase } from '../store/hr-database.ts';
import { BACKGROUND_TEXT } from '../ui-text.ts';
import type { PanelEntry } from './panel-state-cache.ts';

interface IdentityAnswer {
  candidateKey: string;
  same: boolean;
  /** The showing the panel answered about (`IdentityOffer.scope` / `PanelState.identityScope`). */
  scope: string;
}

export async function answerIdentity(
  entry: PanelEntry,
  answer: IdentityAnswer,
  deps: { db: HrDatabase; now: Date; newId(): string },
): Promise<IdentityConfirmReply> {
  const { state, context } = entry;
  const offered = state.identity?.scope === answer.scope && state.identity.candidates.some((candidate) => candidate.patientKey === answer.candidateKey);
  const takenBack =
    !answer.same && state.patient.kind === 'confirmed' && state.patient.patientKey === answer.candidateKey && state.identityScope === answer.scope;
  if (!context.identityScopeKey || !(offered || takenBack)) return { ok: false, error: BACKGROUND_TEXT.identityNotOffered };
  await deps.db.identityChecks.add({
    id: deps.newId(),
    screenKey: context.identityScopeKey,
    patientKey: answer.candidateKey,
    same: answer.same,
    decidedAt: deps.now.toISOString(),
    adapterId: state.adapterId,
  });
  return { ok: true };
}
