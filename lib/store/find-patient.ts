// Ties the patient on screen to stored results by an identifier only. Name + sex + age never
// suffice (DOMAIN: never apply results by name alone).
import type { PatientLink } from '../messaging/protocol.ts';
import { identifierKey, type HrDatabase, type StoredPatient } from './hr-database.ts';
import { isUsableIdentifier } from '../matching/identity-match.ts';

/** Identifier kinds in the order we trust them. */
const IDENTIFIER_ORDER = ['idCard', 'insuranceCard', 'hisPatientId', 'hisVisitId'] as const;

export async function findPatientByIdentifiers(db: HrDatabase, ids: Record<string, string>): Promise<PatientLink> {
  return (await findPatientRecord(db, ids)).link;
}

/** The patient's link and, when found, their whole record (identity and results: one read). */
export async function findPatientRecord(db: HrDatabase, ids: Record<string, string>): Promise<{ link: PatientLink; record?: StoredPatient }> {
  const present = IDENTIFIER_ORDER.filter((kind) => isUsableIdentifier(ids[kind]));
  if (present.length === 0) return { link: { kind: 'none', reason: 'no-identifier' } };
  for (const kind of present) {
    const record = await db.patients.where('identifiers').equals(identifierKey(kind, ids[kind] ?? '')).first();
    if (record) return { link: { kind: 'identifier', idKind: kind, patientKey: record.key }, record };
  }
  return { link: { kind: 'none', reason: 'not-found' } };
}

