// A prior applies to the patient on screen only when tied by an identifier (ID card, insurance
// card, HIS patient / visit number) or confirmed by the doctor (D6). Name + sex + age alone, or no
// statement at all, is never enough for `required`.
import type { Prior } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import type { PolicySettings } from './policy-settings.ts';
import { TEXT } from './rule-texts.ts';
import { decisionClause } from './clauses.ts';

export function identityFinding(prior: Prior, policy: PolicySettings): Finding | undefined {
  const match = prior.patientMatch ?? 'demographic';
  if (match === 'identifier' || match === 'confirmed') return undefined;
  return policy.unconfirmedIdentity === 'optional'
    ? finding('optional', 'identity-unconfirmed', decisionClause('D6'), TEXT.identityUnconfirmed())
    : finding('not-eligible', 'identity-unconfirmed', decisionClause('D6'), TEXT.identityUnconfirmedNotEligible());
}
