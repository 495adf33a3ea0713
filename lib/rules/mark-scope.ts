// Where a recognition mark obliges recognition (D1), and what an unmarked prior may still be (D3).
// 川渝HR is the mark of the 川渝 lists (川渝互认规则 一); 川内HR and the national HR are the marks
// 四川实施方案 四(一) obliges Sichuan institutions to recognise ("全国或本机构所在地区互认标识").
import type { Mark } from '../catalog/catalog-schema.ts';
import type { Prior } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import type { PolicySettings } from './policy-settings.ts';
import { REGION_LABEL, TEXT, type Region } from './rule-texts.ts';
import { CLAUSE, withDecision } from './clauses.ts';

/** The regions whose institutions issue each mark; a mark printed elsewhere is suspect (D16). */
const ISSUER_REGIONS: Readonly<Record<Mark, readonly Region[]>> = {
  川渝HR: ['sichuan', 'chongqing'],
  川内HR: ['sichuan'],
  HR: ['sichuan', 'chongqing', 'other'],
};

const MARK_DUTY_CLAUSE: Readonly<Record<Mark, string>> = {
  川渝HR: CLAUSE.chuanyuMarkDuty,
  川内HR: CLAUSE.sichuanMarkDuty,
  HR: CLAUSE.sichuanMarkDuty,
};

export function markInScope(mark: Mark, orderingRegion: Region, policy: PolicySettings): boolean {
  return policy.markScope[mark].includes(orderingRegion);
}

/** Findings about the mark itself, before any catalog is consulted. */
export function markFindings(prior: Prior, orderingRegion: Region, policy: PolicySettings): Finding[] {
  const mark = prior.mark;
  if (mark === null) {
    return policy.unmarkedPriors === 'optional'
      ? [finding('optional', 'no-mark', CLAUSE.sichuanMarkDuty, TEXT.noMark())]
      : [finding('not-eligible', 'no-mark', withDecision(CLAUSE.sichuanMarkDuty, 'D3'), TEXT.noMarkNotEligible())];
  }
  const findings: Finding[] = [];
  if (!ISSUER_REGIONS[mark].includes(prior.institution.region)) {
    findings.push(
      finding('optional', 'mark-issuer-mismatch', withDecision(MARK_DUTY_CLAUSE[mark], 'D16'),
        TEXT.markIssuerMismatch(mark, prior.institution.name, REGION_LABEL[prior.institution.region])),
    );
  }
  if (!markInScope(mark, orderingRegion, policy)) {
    findings.push(
      finding('optional', 'mark-out-of-scope', withDecision(MARK_DUTY_CLAUSE[mark], 'D1'),
        TEXT.markOutOfScope(mark, REGION_LABEL[orderingRegion])),
    );
  }
  return findings;
}
