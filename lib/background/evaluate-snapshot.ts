// The background's answer to "these rows are on screen for this patient": tie the patient on screen
// to a stored one (by identifier, or by the doctor's confirmation; resolve-identity.ts), read their
// results and this visit's decisions, run the rules, and shape a reply for the row markers and a
// state (plus private context) for the panel.
import { WARNED_STATUSES } from '../messaging/warned-statuses.ts';
import type { DecisionSummary, EvaluateReply, IdentityOffer, OrderMarker, PanelState, PriorDisplay, ScreenSnapshot } from '../messaging/protocol.ts';
import { evaluate } from '../rules/evaluate.ts';
import type { EvaluateRequest, OrderVerdict, PatientMatch } from '../rules/evaluate-schema.ts';
import type { HrDatabase, StoredDecision, StoredResult } from '../store/hr-database.ts';
import { candidateOf, MAX_IDENTITY_CANDIDATES, MAX_JUDGED_CANDIDATES, resolveIdentity, showingScopeKey } from './resolve-identity.ts';
import { identityScreenKey, shortTag } from '../matching/identity-match.ts';
import { resultsOfRecord } from '../store/patient-results.ts';
import { DECIDED_ROW_LABELS, IDENTITY_ROW_LABEL, ROW_MARKER_LABELS, STATUS_LABELS } from '../ui-text.ts';
import { buildEvaluateRequest } from './build-evaluate-request.ts';
import type { DeploymentSettings } from './deployment-settings.ts';
import type { PanelContext } from './panel-state-cache.ts';
import { shanghaiIsoOf } from '../rules/shanghai-calendar.ts';
import { visitKeyFor } from './visit-key.ts';
import { GENERIC_ADAPTER_ID } from '../adapters/generic-adapter-id.ts';
import { matchOrderName } from '../matching/match-order-name.ts';
import { memoizeMatcher } from './memoized-matcher.ts';
import { createVerdictCache } from './verdict-cache.ts';
import type { ReadCache } from './read-cache.ts';

const matcher = memoizeMatcher((name, set) => matchOrderName(name, set));
const verdictCache = createVerdictCache();


export interface SnapshotVerdict {
  reply: EvaluateReply;
  state: PanelState;
  context: Omit<PanelContext, 'tabId' | 'frameId'>;
}

export function decisionSummary(decision: StoredDecision): DecisionSummary {
  return {
    choice: decision.choice,
    ...(decision.exception ? { exception: decision.exception } : {}),
    ...(decision.reasonDetail ? { reasonDetail: decision.reasonDetail } : {}),
    recordText: decision.recordText,
    missing: decision.missing,
    decidedAt: decision.decidedAt,
  };
}

function warnedConcepts(verdict: OrderVerdict): string[] {
  return verdict.items.filter((item) => WARNED_STATUSES.has(item.status)).map((item) => item.concept);
}

/** Reads straight from the database: what the background's read cache stands in front of. */
const uncached: ReadCache = { get: (_key, read) => read(), clear: () => undefined, size: 0 };

export async function evaluateSnapshot(
  db: HrDatabase,
  snapshot: ScreenSnapshot,
  settings: DeploymentSettings,
  now: Date,
  noteField: boolean,
  reads: ReadCache = uncached,
  /** The screen asking (its panel token): a name + sex + age confirmation holds for it only. */
  token = '',
): Promise<SnapshotVerdict> {
  // The patient's record brings their results with it (one read); then the independent reads, in
  // parallel: this is the path between a row appearing and its warning. The background answers
  // them from memory between writes (read-cache.ts); cached values are shared, never changed here.
  // A screen read by the generic detector is advice only: the reading is a guess, so it never forces
  // a choice or holds the submit button, it does not pop up just to say it cannot identify, and it is
  // never offered a name + sex + age match.
  const generic = snapshot.adapterId === GENERIC_ADAPTER_ID;
  const today = shanghaiIsoOf(now).slice(0, 10);
  const reading = identityScreenKey(snapshot.patient, today);
  const scopeKey = showingScopeKey(token, snapshot.showing ?? 0, reading);
  const identity = await resolveIdentity(db, snapshot.patient, now, reads, generic ? undefined : { scopeKey, reading });
  const { link: patient } = identity;
  let { results } = identity;
  const patientKey = patient.kind === 'none' ? undefined : patient.patientKey;
  // A confirmed patient's choices belong to this showing (or the visit on screen), never to the
  // stored patient's whole day: a wrong confirmation taken back leaves no choice on their items.
  const visitKey = patientKey
    ? patient.kind === 'confirmed' && !snapshot.patient.ids.hisVisitId?.trim()
      ? `${patientKey}|showing:${shortTag(scopeKey)}`
      : visitKeyFor(patientKey, snapshot.patient.ids, now)
    : undefined;
  const [visitDecisions, revocations] = await Promise.all([
    visitKey ? reads.get(`decisions ${visitKey}`, () => db.decisions.where('visitKey').equals(visitKey).toArray()) : [],
    snapshot.orders.length > 0 ? reads.get('qcRevocations', () => db.qcRevocations.toArray()) : [],
  ]);
  const decisions: Record<string, DecisionSummary> = {};
  // Latest choice wins (ids are time-ordered, so they break ties within one second).
  const stored = [...visitDecisions];
  stored.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id));
  for (const decision of stored) decisions[decision.concept] = decisionSummary(decision);

  const judge = (priors: readonly StoredResult[], match: PatientMatch): { request: EvaluateRequest; verdicts: OrderVerdict[] } => {
    const built: EvaluateRequest = {
      ...buildEvaluateRequest(snapshot, priors, match, settings, shanghaiIsoOf(now)),
      ...(revocations.length ? { qcRevocations: revocations.map(({ institution, item }) => ({ institution, item })) } : {}),
    };
    const options = { ...(settings.policy ? { policy: settings.policy } : {}), matchOrderName: matcher };
    return { request: built, verdicts: verdictCache.verdicts(built, JSON.stringify(settings.policy ?? {}), (partial) => evaluate(partial, options).verdicts) };
  };
  let request: EvaluateRequest | undefined;
  let verdicts: OrderVerdict[] = [];
  if (snapshot.orders.length > 0) ({ request, verdicts } = judge(results, identity.patientMatch));

  // Name + sex + age: offered only where a candidate's prior bears on an order on screen (a common
  // name must not pop up other people's birth dates at every order). One such candidate: its verdicts
  // are shown as a preview (at most 可酌情, D6); two or three: listed, nothing judged until one is
  // chosen; more (or more fitting than are worth judging one by one): the doctor needs an identifier.
  let offer: IdentityOffer | undefined;
  const scope = shortTag(scopeKey);
  // The rows are marked as for an unidentified patient with no results, preview or not (a quiet
  // marker saying the identity waits to be checked): a candidate's results reach the panel (extension
  // origin), never the HIS page's markers.
  const rowVerdicts = verdicts;
  if (patient.kind === 'none' && snapshot.orders.length > 0 && (identity.tooMany || identity.candidates.length > 0)) {
    const bearing =
      identity.tooMany || identity.candidates.length > MAX_JUDGED_CANDIDATES
        ? undefined
        : identity.candidates
            .map((record) => ({ record, priors: resultsOfRecord(record) }))
            .map((candidate) => ({ ...candidate, ...judge(candidate.priors, 'demographic') }))
            .filter((candidate) => candidate.verdicts.some((verdict) => verdict.items.some((item) => item.priorId)));
    if (!bearing || bearing.length > MAX_IDENTITY_CANDIDATES) offer = { candidates: [], tooMany: true, preview: false, scope };
    else if (bearing.length > 0) {
      offer = { candidates: bearing.map((candidate) => candidateOf(candidate.record)), tooMany: false, preview: bearing.length === 1, scope };
      if (bearing.length === 1) ({ request, verdicts, priors: results } = bearing[0]!);
    }
  }

  const orders: OrderMarker[] = snapshot.orders.map((order, index) => {
    const verdict = rowVerdicts[index];
    const status = verdict?.status ?? 'unmatched';
    const warned = verdict ? warnedConcepts(verdict) : [];
    const decided = warned.length > 0 && warned.every((concept) => decisions[concept]);
    const firstChoice = decided ? decisions[warned[0]!]?.choice : undefined;
    const label = firstChoice
      ? DECIDED_ROW_LABELS[firstChoice]
      : offer && status === 'no-prior'
        ? IDENTITY_ROW_LABEL
        : (ROW_MARKER_LABELS[status] ?? STATUS_LABELS[status]);
    return { order: order.name, status, label, decided };
  });

  const referenced = new Set(verdicts.flatMap((verdict) => verdict.items.flatMap((item) => (item.priorId ? [item.priorId] : []))));
  const priors: Record<string, PriorDisplay> = {};
  for (const result of results) {
    if (!referenced.has(result.id)) continue;
    priors[result.id] = {
      id: result.id,
      itemName: result.itemName,
      performedAt: result.performedAt,
      institutionName: result.institution.name,
      institutionLevel: result.institution.level,
      mark: result.mark,
      ...(result.value ? { value: result.value } : {}),
      ...(result.unit ? { unit: result.unit } : {}),
      ...(result.archiveNo ? { archiveNo: result.archiveNo } : {}),
    };
  }

  // Choices are made only for a linked patient: a name + sex + age preview is confirmed first.
  const undecidedWarned = patientKey !== undefined && verdicts.some((verdict) => warnedConcepts(verdict).some((concept) => !decisions[concept]));
  const undecidedRequired =
    patientKey !== undefined && verdicts.some((verdict) => verdict.items.some((item) => item.status === 'required' && !decisions[item.concept]));
  const cannotIdentify = patient.kind === 'none' && patient.reason === 'no-identifier' && orders.length > 0;
  // An offer the doctor can answer opens the panel; "too many" only says so when it is open anyway.
  const offerMatters = offer !== undefined && !offer.tooMany;
  const patientLabel = [snapshot.patient.name, snapshot.patient.sex, snapshot.patient.age].filter(Boolean).join(' ');
  const alertMode = generic ? 'advice' : settings.alertMode;
  const insisting = alertMode !== 'advice';
  // What must be decided before going on. Forced choice (the default) insists on the items that must
  // be recognised (应予互认). Block mode, a department's strictest setting, holds the submit control
  // until every warned item has a choice, those that may be recognised at discretion (可酌情) too, and
  // its panel insists on the same items: a doctor is never left with a held button and no open choice.
  const undecidedHeld = alertMode === 'block' ? undecidedWarned : undecidedRequired;
  return {
    reply: {
      ok: true,
      patient,
      orders,
      // No repeated alerts after a choice: a fully decided screen shows only its row markers.
      showPanel: undecidedWarned || (cannotIdentify && !generic) || offerMatters,
      blockSubmit: alertMode === 'block' && undecidedHeld,
      mustDecide: insisting && undecidedHeld,
    },
    state: {
      updatedAt: now.toISOString(),
      adapterId: snapshot.adapterId,
      alertMode,
      generic,
      ...(generic && snapshot.detectionConfidence !== undefined ? { genericConfidence: snapshot.detectionConfidence } : {}),
      patient,
      patientLabel,
      ...(offer ? { identity: offer } : {}),
      ...(patient.kind === 'confirmed' ? { identityScope: scope } : {}),
      verdicts,
      priors,
      decisions,
      canInsertNote: noteField,
    },
    context: {
      ...(patientKey ? { patientKey } : {}),
      ...(patient.kind === 'confirmed' ? { identityConfirmed: true } : {}),
      ...(visitKey ? { visitKey } : {}),
      ...(offer || patient.kind === 'confirmed' ? { identityScopeKey: scopeKey } : {}),
      ...(request ? { request } : {}),
      noteField,
      orderPrices: snapshot.orders.map((order) => order.price ?? null),
      patientDisplay: {
        ...(snapshot.patient.name ? { name: snapshot.patient.name } : {}),
        ...(snapshot.patient.sex ? { sex: snapshot.patient.sex } : {}),
        ...(snapshot.patient.age ? { age: snapshot.patient.age } : {}),
        ...(snapshot.patient.ids.hisPatientId ? { recordNo: snapshot.patient.ids.hisPatientId } : {}),
      },
    },
  };
}
