// Stored patients the doctor may confirm as the patient on screen when the screen gives no identifier
// the store knows: same name, same sex, an age that fits the birth date, no identifier that says
// otherwise (lib/matching/identity-match.ts). And the doctor's earlier answers for one showing of a screen.
import {
  ageFitsBirthDate,
  identifiersConflict,
  normalizeSex,
  personNameVariants,
  samePersonName,
} from '../matching/identity-match.ts';
import type { ScreenSnapshot } from '../messaging/protocol.ts';
import type { HrDatabase, StoredIdentityCheck, StoredPatient } from './hr-database.ts';

/** Records read per name at most: a common name must not turn one warning into a table scan. */
export const MAX_SAME_NAME = 50;

export async function findIdentityCandidates(db: HrDatabase, patient: ScreenSnapshot['patient'], today: string): Promise<StoredPatient[]> {
  const sex = normalizeSex(patient.sex);
  const names = personNameVariants(patient.name);
  // All three must be on screen: name + sex + age is the least the doctor can confirm against.
  if (!sex || names.length === 0 || !patient.age) return [];
  const sameName = await db.patients.where('name').anyOf(names).limit(MAX_SAME_NAME).toArray();
  // A full read may have left some out: say "too many" (the caller sees the full length).
  if (sameName.length >= MAX_SAME_NAME) return sameName;
  return sameName.filter(
    (record) =>
      samePersonName(record.name, patient.name) &&
      normalizeSex(record.sex) === sex &&
      ageFitsBirthDate(patient.age, record.birthDate, today) &&
      !identifiersConflict(patient.ids, record.identifiers),
  );
}

/** The doctor's answers given about one showing (resolve-identity.ts showingScopeKey), latest last. */
export async function identityChecksFor(db: HrDatabase, screenKey: string): Promise<StoredIdentityCheck[]> {
  const checks = await db.identityChecks.where('screenKey').equals(screenKey).toArray();
  return checks.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id));
}
