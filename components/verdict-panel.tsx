// The in-page panel's content (rendered inside the panel extension page, never in the HIS page).
import type { PanelState } from '../lib/messaging/protocol.ts';
import { TEXT } from '../lib/ui-text.ts';
import { OrderVerdictCard, type PanelActions } from './order-verdict-card.tsx';
import { DECISION_TEXT } from '../lib/ui-text.ts';
import { IdentityCheck, IdentityConfirmed } from './identity-check.tsx';

const SHOWN = new Set(['required', 'optional', 'exempt', 'not-eligible']);

export function VerdictPanel({ state, actions, noStateText }: { state: PanelState | null | undefined; actions?: PanelActions; noStateText?: string }) {
  if (state === undefined) return <p className="muted">{TEXT.panelLoading}</p>;
  if (state === null) return <p className="muted">{noStateText ?? TEXT.panelNoState}</p>;
  const linked = state.patient.kind !== 'none';
  const patientNote =
    state.patient.kind === 'identifier'
      ? TEXT.patientByIdentifier(state.patient.idKind)
      : state.patient.kind === 'confirmed'
        ? TEXT.patientConfirmed
        : state.patient.reason === 'no-identifier'
          ? state.identity && !state.identity.tooMany
            ? TEXT.patientNoIdentifierOffer
            : TEXT.patientNoIdentifier
          : state.identity
            ? TEXT.patientIdUnknown
            : TEXT.patientNotFound;
  // Choices are recorded for a linked patient only: a name + sex + age preview is confirmed first.
  const cardActions = linked ? actions : undefined;
  // One card per distinct order: the same item twice on a screen is one question (one choice per
  // item and visit), and a long grid must not turn into a long panel.
  const seen = new Set<string>();
  const shown = state.verdicts
    .map((verdict, index) => ({ verdict, index }))
    .filter(({ verdict }) => SHOWN.has(verdict.status) && !seen.has(verdict.order) && Boolean(seen.add(verdict.order)));
  const undecidedRequired = state.verdicts.some((verdict) => verdict.items.some((item) => item.status === 'required' && !state.decisions[item.concept]));
  return (
    <div className="panel">
      <p className={linked ? 'patient' : 'patient warning'} role={linked ? undefined : 'alert'}>
        {state.patientLabel ? `${state.patientLabel} · ` : ''}
        {patientNote}
      </p>
      {state.identity ? <IdentityCheck offer={state.identity} onAnswer={actions?.answerIdentity} /> : null}
      {state.patient.kind === 'confirmed' && state.identityScope && actions?.answerIdentity ? (
        <IdentityConfirmed patientKey={state.patient.patientKey} scope={state.identityScope} onAnswer={actions.answerIdentity} />
      ) : null}
      {state.generic ? (
        <p className="generic-note">
          {TEXT.genericScreen}
          {state.genericConfidence !== undefined ? TEXT.genericConfidence(state.genericConfidence) : ''}
        </p>
      ) : null}
      {cardActions && undecidedRequired && state.alertMode !== 'advice' ? (
        <p className="must-decide" role="note">
          {DECISION_TEXT.mustDecide}
          {state.alertMode === 'block' ? ` ${DECISION_TEXT.blocked}` : ''}
        </p>
      ) : null}
      {shown.map(({ verdict, index }) => (
        <OrderVerdictCard
          key={`${index}-${verdict.order}`}
          verdict={verdict}
          orderIndex={index}
          priors={state.priors}
          decisions={state.decisions}
          actions={cardActions}
        />
      ))}
    </div>
  );
}
