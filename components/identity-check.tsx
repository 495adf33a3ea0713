// "Please confirm" for a name + sex + age match (DOMAIN: never apply results by name alone). The
// doctor compares each candidate's birth date and masked identifiers with the patient's card and
// says which one it is, or that it is none; the background stores the answer before the panel moves on.
import { useState } from 'react';
import type { IdentityConfirmReply, IdentityOffer } from '../lib/messaging/protocol.ts';
import { IDENTIFIER_LABELS, TEXT } from '../lib/ui-text.ts';

export interface IdentityCheckProps {
  offer: IdentityOffer;
  onAnswer?: ((candidateKey: string, same: boolean, scope: string) => Promise<IdentityConfirmReply>) | undefined;
}

/** Sends one answer, keeps the buttons disabled meanwhile, and says so when it was not stored. */
function useAnswer(onAnswer: IdentityCheckProps['onAnswer']) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const answer = async (candidateKey: string, same: boolean, scope: string) => {
    if (!onAnswer) return;
    setBusy(true);
    setError(undefined);
    try {
      const reply = await onAnswer(candidateKey, same, scope);
      if (!reply.ok) setError(reply.error ?? TEXT.identityFailed);
    } catch {
      setError(TEXT.identityFailed);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, answer };
}

/** A confirmed patient: the doctor can take the confirmation back (a mis-click), for this showing. */
export function IdentityConfirmed({ patientKey, scope, onAnswer }: { patientKey: string; scope: string; onAnswer: NonNullable<IdentityCheckProps['onAnswer']> }) {
  const { busy, error, answer } = useAnswer(onAnswer);
  return (
    <p className="identity-confirmed">
      <button type="button" disabled={busy} onClick={() => void answer(patientKey, false, scope)}>
        {TEXT.identityTakeBack}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </p>
  );
}

export function IdentityCheck({ offer, onAnswer }: IdentityCheckProps) {
  const { busy, error, answer } = useAnswer(onAnswer);
  if (offer.tooMany) {
    return (
      <section className="identity-check" aria-label={TEXT.identityTitle}>
        <p className="warning">{TEXT.identityTooMany}</p>
      </section>
    );
  }
  return (
    <section className="identity-check" aria-label={TEXT.identityTitle}>
      <h3>{TEXT.identityTitle}</h3>
      <p>{TEXT.identityIntro(offer.candidates.length)}</p>
      <ul>
        {offer.candidates.map((candidate) => (
          <li key={candidate.patientKey}>
            <p className="candidate">
              <strong>{candidate.name}</strong> {candidate.sex} {TEXT.identityBorn(candidate.birthDate)}
              {candidate.identifiers.map((identifier) => (
                <span key={`${identifier.kind}:${identifier.masked}`} className="masked-id">
                  {' · '}
                  {IDENTIFIER_LABELS[identifier.kind] ?? identifier.kind} {identifier.masked}
                </span>
              ))}
              {' · '}
              {TEXT.identityResults(candidate.resultCount)}
            </p>
            {onAnswer ? (
              <p className="choices">
                <button type="button" className="accept" disabled={busy} onClick={() => void answer(candidate.patientKey, true, offer.scope)}>
                  {TEXT.identitySame}
                </button>
                <button type="button" disabled={busy} onClick={() => void answer(candidate.patientKey, false, offer.scope)}>
                  {TEXT.identityNotSame}
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {offer.preview ? <p className="muted">{TEXT.identityPreview}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
