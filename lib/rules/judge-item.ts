// One ordered catalog item against every prior: each (prior, governing catalog entry) pair is a
// candidate judged by all rules; the item takes the best candidate (D13): the strongest status
// (required > exempt > optional > not-eligible), then the latest performedAt.
import type { CatalogEntry } from '../catalog/catalog-set.ts';
import type { ItemVerdict } from './evaluate-schema.ts';
import type { EngineContext } from './engine-context.ts';
import { finding, orderFindings, statusFromFindings, STATUS_RANK, type Finding } from './findings.ts';
import type { FlatItem } from './match-flatten.ts';
import type { PriorConcept } from './prior-concepts.ts';
import { applyExceptions, type RuleSet } from './exceptions.ts';
import { governingEntries, preferredEntry, ruleSetOf } from './governing-catalog.ts';
import { markFindings } from './mark-scope.ts';
import { identityFinding } from './patient-identity.ts';
import { institutionFindings } from './institution-eligibility.ts';
import { qcRevocationFinding } from './qc-revocation.ts';
import { assessWindow } from './validity-window.ts';
import { imagingItemOf, relateImaging } from './imaging-relation.ts';
import { TEXT } from './rule-texts.ts';
import { CLAUSE, decisionClause } from './clauses.ts';
import { formatDate, shanghaiDateOf } from './shanghai-calendar.ts';

type CandidateStatus = 'required' | 'exempt' | 'optional' | 'not-eligible';

interface Candidate {
  readonly status: CandidateStatus;
  readonly reasons: readonly Finding[];
  readonly source: PriorConcept;
  readonly entry: CatalogEntry;
  readonly ruleSet: RuleSet;
  readonly validUntil?: string;
  readonly daysLeft?: number;
}

export interface JudgedItem {
  readonly verdict: ItemVerdict;
  /** The prior behind the verdict, when there is one. */
  readonly priorConcept?: PriorConcept;
}

const NO_REPEAT_CLAUSE: Record<RuleSet, string> = { chuanyu: CLAUSE.chuanyuNoRepeat, sichuan: CLAUSE.sichuanNoRepeat };

function judgeCandidate(ctx: EngineContext, ordered: FlatItem, orderedName: string, source: PriorConcept, bridge: Finding | undefined): Candidate[] {
  const { prior } = source;
  const shared: Finding[] = [];
  if (bridge) shared.push(bridge);
  if (ordered.confidence === 'probable') {
    shared.push(finding('optional', 'match-probable', decisionClause('D11'), TEXT.matchProbable(ctx.orderName, orderedName, ordered.note)));
  }
  if (source.confidence === 'probable') {
    shared.push(finding('optional', 'prior-match-probable', decisionClause('D11'), TEXT.priorMatchProbable(prior.itemName, orderedName, source.note)));
  }
  if (source.viaPanel) shared.push(finding('optional', 'prior-panel-name', decisionClause('D18'), TEXT.priorPanelName(prior.itemName)));
  const identity = identityFinding(prior, ctx.policy);
  if (identity) shared.push(identity);
  shared.push(...markFindings(prior, ctx.orderingRegion, ctx.policy));

  const entries = ctx.set.entriesByConcept.get(source.concept) ?? [];
  const governing = governingEntries(prior, entries, ctx.orderingRegion, ctx.today, ctx.policy);
  return governing.entries.map((entry) => {
    const ruleSet = ruleSetOf(entry.catalog, ctx.policy);
    const window = assessWindow(prior, entry, ctx.nowMs, ctx.policy);
    const qc = qcRevocationFinding(prior, entry, ctx.request.qcRevocations ?? []);
    const findings = [
      ...shared,
      ...governing.findings,
      ...institutionFindings(ctx.request.orderingInstitution, prior.institution, ruleSet, ctx.policy),
      ...(qc ? [qc] : []),
      ...window.findings,
    ];
    const base = statusFromFindings(findings);
    const common = { source, entry, ruleSet, validUntil: window.validUntil, daysLeft: window.daysLeft };
    if (base !== 'required') return { ...common, status: base, reasons: orderFindings(findings) };

    const eligible = finding('none', 'eligible', NO_REPEAT_CLAUSE[ruleSet],
      TEXT.eligible(prior.mark ?? '', prior.institution.name, formatDate(shanghaiDateOf(source.performedMs)), window.validUntil ?? '', window.daysLeft ?? 0));
    const outcome = applyExceptions(ctx.request.exceptions ?? [], ruleSet, ctx.request.exceptionReason);
    if (outcome.lifted) {
      const lifting = outcome.findings.filter((f) => f.reason.code !== 'exception-not-listed');
      const others = outcome.findings.filter((f) => f.reason.code === 'exception-not-listed');
      return { ...common, status: 'exempt' as const, reasons: [...lifting, eligible, ...findings, ...others] };
    }
    return { ...common, status: 'required' as const, reasons: [eligible, ...findings, ...outcome.findings] };
  });
}

function better(a: Candidate, b: Candidate): Candidate {
  const byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (byStatus !== 0) return byStatus > 0 ? a : b;
  if (a.source.performedMs !== b.source.performedMs) return a.source.performedMs > b.source.performedMs ? a : b;
  const daysA = a.daysLeft ?? -1;
  const daysB = b.daysLeft ?? -1;
  if (daysA !== daysB) return daysA > daysB ? a : b;
  return a.source.prior.id <= b.source.prior.id ? a : b;
}

/** Judges one ordered concept; `undefined` when no loaded catalog lists it. */
export function judgeItem(ctx: EngineContext, ordered: FlatItem): JudgedItem | undefined {
  const orderedEntries = ctx.set.entriesByConcept.get(ordered.concept) ?? [];
  const home = preferredEntry(orderedEntries, ctx.orderingRegion, ctx.today, ctx.policy);
  if (!home) return undefined;
  const orderedImaging = imagingItemOf(ctx.set, ordered.concept);

  const candidates: Candidate[] = [];
  const related: { id: string; finding: Finding }[] = [];
  for (const source of ctx.priors) {
    if (source.concept === ordered.concept) {
      candidates.push(...judgeCandidate(ctx, ordered, home.item.name, source, undefined));
      continue;
    }
    const priorImaging = orderedImaging && imagingItemOf(ctx.set, source.concept);
    if (!orderedImaging || !priorImaging) continue;
    const relation = relateImaging(orderedImaging, priorImaging, ctx.policy);
    if (relation === 'enhanced-covers-plain') {
      const bridge = finding('optional', 'enhanced-for-plain', decisionClause('D10'), TEXT.enhancedForPlain(source.prior.itemName));
      candidates.push(...judgeCandidate(ctx, ordered, home.item.name, source, bridge));
    } else if (relation !== 'unrelated') {
      const text = relation === 'laterality-differs' ? TEXT.lateralityDiffers : relation === 'contrast-differs' ? TEXT.contrastDiffers : TEXT.projectionDiffers;
      related.push({ id: source.prior.id, finding: finding('none', relation, decisionClause('D10'), text(source.prior.itemName)) });
    }
  }

  // Notes about priors that do not cover this order, in prior-id order so that input order does not matter.
  const notes = related.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => r.finding);

  if (candidates.length === 0) {
    const verdict: ItemVerdict = {
      catalogId: home.catalog.id,
      concept: ordered.concept,
      itemName: home.item.name,
      status: 'no-prior',
      reasons: [finding('none', 'no-prior', decisionClause('D13'), TEXT.noPrior()), ...notes].map((f) => f.reason),
      ruleSet: ruleSetOf(home.catalog, ctx.policy),
    };
    return { verdict };
  }

  const best = candidates.reduce(better);
  const listing = orderedEntries.find((e) => e.catalog.id === best.entry.catalog.id) ?? home;
  const verdict: ItemVerdict = {
    catalogId: listing.catalog.id,
    concept: ordered.concept,
    itemName: listing.item.name,
    status: best.status,
    priorId: best.source.prior.id,
    ...(best.validUntil !== undefined ? { validUntil: best.validUntil } : {}),
    ...(best.daysLeft !== undefined ? { daysLeft: best.daysLeft } : {}),
    reasons: [...best.reasons, ...notes].map((f) => f.reason),
    ruleSet: best.ruleSet,
  };
  return { verdict, priorConcept: best.source };
}
