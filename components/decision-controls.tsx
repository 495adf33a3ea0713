// One choice per warned item and visit: 互认 / 不互认 (re-test, with the exception and the patient's
// consent) / the patient declines the re-test. The panel shows "已记录" only after the background
// has stored the decision; then it offers the record text for the HIS note, the clipboard or print.
import { useId, useState, type FormEvent } from 'react';
import type { DecisionReply, DecisionSummary, NoteInsertReply } from '../lib/messaging/protocol.ts';
import type { Card, ExceptionCode } from '../lib/rules/evaluate-schema.ts';
import { DECISION_TEXT } from '../lib/ui-text.ts';

export interface DecisionInput {
  choice: DecisionSummary['choice'];
  exception?: ExceptionCode;
  reasonDetail?: string;
  informed?: { party: 'patient' | 'family'; name?: string; relation?: string };
}

export interface DecisionControlsProps {
  itemName: string;
  overrideReasons: Card['overrideReasons'];
  decision: DecisionSummary | undefined;
  canInsertNote: boolean;
  onDecide(input: DecisionInput): Promise<DecisionReply>;
  onInsertNote(text: string): Promise<NoteInsertReply>;
  onCopy(text: string): Promise<void>;
  onPrintConsent(): void;
}

export function DecisionControls(props: DecisionControlsProps) {
  const [choosing, setChoosing] = useState<'retest' | 'patient-declines' | undefined>();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const decide = async (input: DecisionInput) => {
    setBusy(true);
    setError(undefined);
    try {
      const reply = await props.onDecide(input);
      if (!reply.ok) setError(reply.error ?? DECISION_TEXT.recordFailed);
      else {
        setChoosing(undefined);
        setEditing(false);
      }
    } finally {
      setBusy(false);
    }
  };

  if (props.decision && !editing) {
    return <DecidedView {...props} decision={props.decision} onChange={() => setEditing(true)} />;
  }
  return (
    <div className="decision" role="group" aria-label={DECISION_TEXT.group(props.itemName)}>
      {choosing ? (
        <RetestForm
          choice={choosing}
          overrideReasons={props.overrideReasons}
          busy={busy}
          onCancel={() => setChoosing(undefined)}
          onSubmit={(input) => void decide(input)}
        />
      ) : (
        <div className="choices">
          <button type="button" className="accept" disabled={busy} onClick={() => void decide({ choice: 'accept' })}>
            {DECISION_TEXT.accept}
          </button>
          <button type="button" disabled={busy} onClick={() => setChoosing('retest')}>
            {DECISION_TEXT.retest}
          </button>
          <button type="button" disabled={busy} onClick={() => setChoosing('patient-declines')}>
            {DECISION_TEXT.declines}
          </button>
        </div>
      )}
      {busy ? <p className="muted">{DECISION_TEXT.saving}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function RetestForm(props: {
  choice: 'retest' | 'patient-declines';
  overrideReasons: Card['overrideReasons'];
  busy: boolean;
  onCancel(): void;
  onSubmit(input: DecisionInput): void;
}) {
  const id = useId();
  const [exception, setException] = useState<ExceptionCode | ''>('');
  const [reason, setReason] = useState('');
  const [party, setParty] = useState<'patient' | 'family'>('patient');
  const [familyName, setFamilyName] = useState('');
  const [relation, setRelation] = useState('');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ((!exception && !reason.trim()) || (exception === 'other' && !reason.trim())) return setProblem(DECISION_TEXT.needReason);
    if (!consent) return setProblem(DECISION_TEXT.needConsent);
    props.onSubmit({
      choice: props.choice,
      ...(exception ? { exception } : {}),
      ...(reason.trim() ? { reasonDetail: reason.trim() } : {}),
      informed: {
        party,
        ...(party === 'family' && familyName.trim() ? { name: familyName.trim() } : {}),
        ...(party === 'family' && relation.trim() ? { relation: relation.trim() } : {}),
      },
    });
  };
  return (
    <form className="retest-form" onSubmit={submit}>
      <label htmlFor={`${id}-exception`}>{DECISION_TEXT.exception}</label>
      <select id={`${id}-exception`} value={exception} onChange={(event) => setException(event.target.value as ExceptionCode | '')}>
        <option value="">{DECISION_TEXT.exceptionNone}</option>
        {props.overrideReasons.map((reasonOption) => (
          <option key={reasonOption.code} value={reasonOption.code}>
            {reasonOption.display}（{reasonOption.clause}）
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>{DECISION_TEXT.reason}</label>
      <textarea id={`${id}-reason`} rows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      <fieldset>
        <legend>{DECISION_TEXT.informedParty}</legend>
        <label>
          <input type="radio" name={`${id}-party`} checked={party === 'patient'} onChange={() => setParty('patient')} />
          {DECISION_TEXT.patient}
        </label>
        <label>
          <input type="radio" name={`${id}-party`} checked={party === 'family'} onChange={() => setParty('family')} />
          {DECISION_TEXT.family}
        </label>
        {party === 'family' ? (
          <>
            <label>
              {DECISION_TEXT.familyName}
              <input value={familyName} maxLength={40} onChange={(event) => setFamilyName(event.target.value)} />
            </label>
            <label>
              {DECISION_TEXT.familyRelation}
              <input value={relation} maxLength={20} onChange={(event) => setRelation(event.target.value)} />
            </label>
          </>
        ) : null}
      </fieldset>
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
        {props.choice === 'retest' ? DECISION_TEXT.retestConsent : DECISION_TEXT.declinesConsent}
      </label>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      <div className="choices">
        <button type="submit" disabled={props.busy}>
          {DECISION_TEXT.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {DECISION_TEXT.cancel}
        </button>
      </div>
    </form>
  );
}

function DecidedView(props: DecisionControlsProps & { decision: DecisionSummary; onChange(): void }) {
  const [status, setStatus] = useState<string | undefined>();
  const { decision } = props;
  const insert = async () => {
    const reply = await props.onInsertNote(decision.recordText);
    setStatus(reply.ok ? DECISION_TEXT.inserted : (reply.error ?? DECISION_TEXT.insertFailed));
  };
  const copy = async () => {
    await props.onCopy(decision.recordText);
    setStatus(DECISION_TEXT.copied);
  };
  return (
    <div className="decided" data-choice={decision.choice}>
      <p className="decided-label" role="status">
        {DECISION_TEXT.decided[decision.choice]}
      </p>
      {decision.missing.length > 0 ? <p className="error">{DECISION_TEXT.missing(decision.missing)}</p> : null}
      <label className="record-label">
        {DECISION_TEXT.recordText}
        <textarea className="record-text" readOnly rows={6} value={decision.recordText} />
      </label>
      <div className="choices">
        {props.canInsertNote ? (
          <button type="button" onClick={() => void insert()}>
            {DECISION_TEXT.insertNote}
          </button>
        ) : null}
        <button type="button" onClick={() => void copy()}>
          {DECISION_TEXT.copy}
        </button>
        {decision.choice !== 'accept' ? (
          <button type="button" onClick={props.onPrintConsent}>
            {DECISION_TEXT.printConsent}
          </button>
        ) : null}
        <button type="button" onClick={props.onChange}>
          {DECISION_TEXT.change}
        </button>
      </div>
      {status ? <p className="muted">{status}</p> : null}
    </div>
  );
}
