// Who the patient on screen is, as far as the store can tell: by an identifier it knows (a link); by
// the doctor's confirmation of a name + sex + age match (a link the doctor made); or stored patients
// whose name, sex and age fit, offered for confirmation and never used as a link (DOMAIN; 决策 D6).
//
// A confirmation holds for one *showing*: this screen (its panel token) showing this reading of the
// patient, while the screen's own count of patients shown stays the same (ScreenSnapshot.showing: it
// moves on when an element the patient is read from is redrawn or the grid emptied, lib/content/his-session.ts), and
// for CONFIRMATION_HOURS at most. Anything else asks the doctor again: another 张伟 男 45岁 called to
// the same screen later is never linked by an answer given about the first. A screen the generic
// detector read gets no offer: it never claims a patient.
import type { IdentityCandidate, PatientLink, ScreenSnapshot } from '../messaging/protocol.ts';
import { maskIdentifier } from '../matching/identity-match.ts';
import { shanghaiIsoOf } from '../rules/shanghai-calendar.ts';
import type { PatientMatch } from '../rules/evaluate-schema.ts';
import { findIdentityCandidates, identityChecksFor, MAX_SAME_NAME } from '../store/find-identity-candidates.ts';
import { findPatientRecord } from '../store/find-patient.ts';
import type { HrDatabase, StoredPatient, StoredResult } from '../store/hr-database.ts';
import { countRecordResults, resultsOfRecord } from '../store/patient-results.ts';
import type { ReadCache } from './read-cache.ts';

/** Candidates listed for the doctor at most; more than this and only an identifier will do. */
export const MAX_IDENTITY_CANDIDATES = 3;

/** Fitting candidates judged one by one for a result bearing on the orders; more are "too many" unjudged. */
export const MAX_JUDGED_CANDIDATES = 10;

/** A confirmation older than this asks again, whatever the screen shows (a backstop: an encounter is shorter). */
const CONFIRMATION_HOURS = 4;

export interface ResolvedIdentity {
  link: PatientLink;
  /** The linked patient's results (none while unlinked: candidates bring their own). */
  results: StoredResult[];
  patientMatch: PatientMatch;
  /** Unlinked: the stored patients that fit and were not turned down in this showing. */
  candidates: StoredPatient[];
  /** More fit than can be listed (or than were read). */
  tooMany: boolean;
}

/** What a showing's answers are stored under: the screen, which of its patients, and what it showed (with the day). */
export function showingScopeKey(token: string, showing: number, reading: string): string {
  return `${token}|${showing}|${reading}`;
}

export async function resolveIdentity(
  db: HrDatabase,
  patient: ScreenSnapshot['patient'],
  now: Date,
  reads: ReadCache,
  offer: { scopeKey: string; reading: string } | undefined,
): Promise<ResolvedIdentity> {
  const found = await reads.get(`patient ${JSON.stringify(patient.ids)}`, async () => {
    const record = await findPatientRecord(db, patient.ids);
    return { link: record.link, results: resultsOfRecord(record.record) };
  });
  const unlinked = { link: found.link, results: [], patientMatch: 'demographic' as const, candidates: [], tooMany: false };
  if (found.link.kind !== 'none') return { ...found, patientMatch: 'identifier', candidates: [], tooMany: false };
  if (!offer) return unlinked;

  const today = shanghaiIsoOf(now).slice(0, 10);
  const [fitting, stored] = await Promise.all([
    reads.get(`identity-candidates ${offer.reading}`, () => findIdentityCandidates(db, patient, today)),
    reads.get(`identity-checks ${offer.scopeKey}`, () => identityChecksFor(db, offer.scopeKey)),
  ]);
  const oldest = new Date(now.getTime() - CONFIRMATION_HOURS * 3_600_000).toISOString();
  const checks = stored.filter((check) => check.decidedAt >= oldest);
  if (fitting.length === 0) return unlinked;

  // The doctor's latest answer about each candidate in this showing counts; the latest "same" still
  // standing is the link. A candidate that no longer fits (the store changed) is never linked.
  const answer = new Map<string, boolean>();
  let confirmed: string | undefined;
  for (const check of checks) {
    answer.set(check.patientKey, check.same);
    if (check.same) confirmed = check.patientKey;
  }
  const linked = confirmed !== undefined && answer.get(confirmed) ? fitting.find((record) => record.key === confirmed) : undefined;
  if (linked) {
    return { link: { kind: 'confirmed', patientKey: linked.key }, results: resultsOfRecord(linked), patientMatch: 'confirmed', candidates: [], tooMany: false };
  }
  const open = fitting.filter((record) => answer.get(record.key) !== false);
  // A full read means there may be more than were read: never list an incomplete set as complete.
  const tooMany = fitting.length >= MAX_SAME_NAME;
  return { ...unlinked, candidates: tooMany ? [] : open, tooMany };
}

export function candidateOf(record: StoredPatient): IdentityCandidate {
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
