// Who the patient on screen is, as far as the store can tell: by an identifier it knows (a link); by
// the doctor's confirmation today of a name + sex + age match (a link the doctor made); or a name +
// sex + age match offered for confirmation, never used as a link (DOMAIN; 决策 D6). A screen the
// generic detector read gets no offer: it never claims a patient it cannot identify.
import type { IdentityCandidate, IdentityOffer, PatientLink, ScreenSnapshot } from '../messaging/protocol.ts';
import { identityScreenKey, maskIdentifier } from '../matching/identity-match.ts';
import type { PatientMatch } from '../rules/evaluate-schema.ts';
import { findIdentityCandidates, identityChecksFor } from '../store/find-identity-candidates.ts';
import { findPatientRecord } from '../store/find-patient.ts';
import type { HrDatabase, StoredPatient, StoredResult } from '../store/hr-database.ts';
import { countRecordResults, resultsOfRecord } from '../store/patient-results.ts';
import type { ReadCache } from './read-cache.ts';

/** Candidates listed for the doctor at most; more than this and only an identifier will do. */
export const MAX_IDENTITY_CANDIDATES = 3;

export interface ResolvedIdentity {
  link: PatientLink;
  /** The results the rules see: the linked patient's, or the one candidate's as a preview. */
  results: StoredResult[];
  patientMatch: PatientMatch;
  offer?: IdentityOffer;
  /** The screen's reading of the patient and the day, when an offer was made or confirmed. */
  screenKey?: string;
}

export async function resolveIdentity(
  db: HrDatabase,
  patient: ScreenSnapshot['patient'],
  today: string,
  reads: ReadCache,
  offerCandidates: boolean,
): Promise<ResolvedIdentity> {
  const found = await reads.get(`patient ${JSON.stringify(patient.ids)}`, async () => {
    const record = await findPatientRecord(db, patient.ids);
    return { link: record.link, results: resultsOfRecord(record.record) };
  });
  if (found.link.kind !== 'none' || !offerCandidates) return { link: found.link, results: found.results, patientMatch: 'identifier' };

  const screenKey = identityScreenKey(patient, today);
  const { candidates, checks } = await reads.get(`identity ${screenKey}`, async () => ({
    candidates: await findIdentityCandidates(db, patient, today),
    checks: await identityChecksFor(db, screenKey),
  }));
  if (candidates.length === 0) return { link: found.link, results: [], patientMatch: 'demographic' };

  // The doctor's latest answer about each candidate counts; the latest "same" of those still standing
  // is the link. A candidate that no longer fits (the store changed) is never linked by an old answer.
  const answer = new Map<string, boolean>();
  let confirmed: string | undefined;
  for (const check of checks) {
    answer.set(check.patientKey, check.same);
    if (check.same) confirmed = check.patientKey;
  }
  const linked = confirmed !== undefined && answer.get(confirmed) ? candidates.find((record) => record.key === confirmed) : undefined;
  if (linked) return { link: { kind: 'confirmed', patientKey: linked.key }, results: resultsOfRecord(linked), patientMatch: 'confirmed', screenKey };

  const open = candidates.filter((record) => answer.get(record.key) !== false);
  if (open.length === 0) return { link: found.link, results: [], patientMatch: 'demographic' };
  if (open.length > MAX_IDENTITY_CANDIDATES) {
    return { link: found.link, results: [], patientMatch: 'demographic', offer: { candidates: [], tooMany: true, preview: false }, screenKey };
  }
  // One candidate: its priors are judged as 可酌情 (identity unconfirmed) so the doctor sees what a
  // confirmation would bring; several: nothing is judged until the doctor says which.
  const preview = open.length === 1;
  return {
    link: found.link,
    results: preview ? resultsOfRecord(open[0]) : [],
    patientMatch: 'demographic',
    offer: { candidates: open.map(candidateOf), tooMany: false, preview },
    screenKey,
  };
}

function candidateOf(record: StoredPatient): IdentityCandidate {
  return {
    patientKey: record.key,
    name: record.name,
    sex: record.sex,
    birthDate: record.birthDate,
    identifiers: record.identifiers
      .filter((identifier) => !identifier.startsWith('hisVisitId:'))
      .map((identifier) => {
        const split = identifier.indexOf(':');
        return { kind: identifier.slice(0, split), masked: maskIdentifier(identifier.slice(split + 1)) };
      }),
    resultCount: countRecordResults(record),
  };
}
