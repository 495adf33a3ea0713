// 川渝互认规则 五: results are mutual between public institutions of 二级 and above; institutions
// below 二级 accept results from 二级 and above; members of a 医联体 may recognise each other when QC
// is met (D7); private (社会办) institutions are encouraged to follow (D9). 四川实施方案 sets no level
// rule of its own; D8 applies the 川渝 one to 川内HR / HR priors too, unless a deployment opts out.
import type { Institution } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import type { PolicySettings } from './policy-settings.ts';
import type { RuleSet } from './exceptions.ts';
import { TEXT } from './rule-texts.ts';
import { CLAUSE, withDecision } from './clauses.ts';

export function isSecondLevelOrAbove(institution: Institution): boolean {
  return institution.level === '三级' || institution.level === '二级';
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** The first 医联体 both institutions belong to, compared after width/space normalisation. */
export function sharedAlliance(a: Institution, b: Institution): string | undefined {
  const theirs = new Set((b.alliances ?? []).map(normalizeName));
  return (a.alliances ?? []).find((name) => theirs.has(normalizeName(name)));
}

export function institutionFindings(
  orderer: Institution,
  source: Institution,
  ruleSet: RuleSet,
  policy: PolicySettings,
): Finding[] {
  const findings: Finding[] = [];
  const chuanyu = ruleSet === 'chuanyu';
  const clause = chuanyu ? CLAUSE.chuanyuInstitutions : withDecision(CLAUSE.chuanyuInstitutions, 'D8');

  if (policy.privateInstitutions === 'optional') {
    if (orderer.ownership === 'private') {
      findings.push(finding('optional', 'orderer-private', withDecision(CLAUSE.chuanyuInstitutions, 'D9'), TEXT.ordererPrivate()));
    }
    if (source.ownership === 'private') {
      findings.push(finding('optional', 'prior-private', withDecision(CLAUSE.chuanyuInstitutions, 'D9'), TEXT.priorPrivate(source.name)));
    }
  }

  const levelRuleApplies = chuanyu || policy.levelRuleScope === 'all-marks';
  if (levelRuleApplies && !isSecondLevelOrAbove(source)) {
    const alliance = sharedAlliance(orderer, source);
    if (alliance === undefined) {
      findings.push(finding('optional', 'institution-level', clause, TEXT.institutionLevel(source.name, source.level)));
    } else if (policy.allianceResults === 'required') {
      findings.push(finding('none', 'alliance-member', withDecision(CLAUSE.chuanyuInstitutions, 'D7'), TEXT.allianceRequired(source.name, alliance)));
    } else {
      findings.push(finding('optional', 'alliance-member', withDecision(CLAUSE.chuanyuInstitutions, 'D7'), TEXT.allianceOptional(source.name, alliance)));
    }
  }
  return findings;
}
