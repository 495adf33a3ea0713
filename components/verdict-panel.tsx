// The in-page panel's content (rendered inside the panel extension page, never in the HIS page).
import type { PanelState } from '../lib/messaging/protocol.ts';
import { TEXT } from '../lib/ui-text.ts';
import { OrderVerdictCard } from './order-verdict-card.tsx';

const SHOWN = new Set(['required', 'optional', 'exempt', 'not-eligible']);

export function VerdictPanel({ state }: { state: PanelState | null | undefined }) {
  if (state === undefined) return <p className="muted">{TEXT.panelLoading}</p>;
  if (state === null) return <p className="muted">{TEXT.panelNoState}</p>;
  const patientNote =
    state.patient.kind === 'identifier'
      ? TEXT.patientByIdentifier(state.patient.idKind)
      : state.patient.reason === 'no-identifier'
        ? TEXT.patientNoIdentifier
        : TEXT.patientNotFound;
  const shown = state.verdicts.filter((verdict) => SHOWN.has(verdict.status));
  return (
    <div className="panel">
      <p className={state.patient.kind === 'identifier' ? 'patient' : 'patient warning'} role={state.patient.kind === 'identifier' ? undefined : 'alert'}>
        {state.patientLabel ? `${state.patientLabel} · ` : ''}
        {patientNote}
      </p>
      {shown.map((verdict, index) => (
        <OrderVerdictCard key={`${index}-${verdict.order}`} verdict={verdict} priors={state.priors} />
      ))}
    </div>
  );
}
