// The doctor's choice for one item: drafted into the record text, written to the decision log
// (awaited) and only then reported back, so the panel never confirms a decision that was not stored.
import type { DecisionReply, DecisionRequest } from '../messaging/protocol.ts';
import { draftRecord } from '../records/index.ts';
import type { HrDatabase, StoredDecision } from '../store/hr-database.ts';
import type { ItemVerdict } from '../rules/evaluate-schema.ts';
import { decisionSummary } from './evaluate-snapshot.ts';
import { WARNED_STATUSES } from '../messaging/warned-statuses.ts';
import type { PanelEntry } from './panel-state-cache.ts';
import { BACKGROUND_TEXT } from '../ui-text.ts';
import { shanghaiIsoOf } from '../rules/shanghai-calendar.ts';

export interface DecisionDeps {
  db: HrDatabase;
  now: Date;
  newId(): string;
  orderingInstitution: string;
  doctorName?: string;
}

export async function recordDecision(entry: PanelEntry, message: DecisionRequest, deps: DecisionDeps): Promise<DecisionReply> {
  const { context, state } = entry;
  if (!context.patientKey || !context.visitKey || !context.request) {
    return { ok: false, error: BACKGROUND_TEXT.decisionNoPatient };
  }
  const { patientKey, visitKey, request } = context;
  const verdict = state.verdicts[message.orderIndex];
  const items = verdict?.items.filter((candidate) => message.concepts.includes(candidate.concept)) ?? [];
  const moved = message.orderName !== undefined && verdict?.order !== message.orderName;
  if (!verdict || moved || items.length !== new Set(message.concepts).size) return { ok: false, error: BACKGROUND_TEXT.itemGoneRefresh };
  if (items.some((item) => !WARNED_STATUSES.has(item.status))) return { ok: false, error: BACKGROUND_TEXT.nothingToDecide };
  if (message.choice !== 'accept' && !message.exception && !message.reasonDetail?.trim()) {
    return { ok: false, error: BACKGROUND_TEXT.retestNeedsReason };
  }
  if (message.exception === 'other' && !message.reasonDetail?.trim()) {
    return { ok: false, error: BACKGROUND_TEXT.otherNeedsReason };
  }
  if (message.choice !== 'accept' && !message.informed) {
    return { ok: false, error: BACKGROUND_TEXT.retestNeedsInformed };
  }
  const recordedAt = shanghaiIsoOf(deps.now);
  const reasonDetail = message.reasonDetail?.trim();

  // Components of a panel usually come from one report: items that share a prior report are written
  // as one note naming them all, so a 血常规 acceptance is one paragraph, not eight.
  const groups = new Map<string, ItemVerdict[]>();
  for (const item of items) {
    const prior = item.priorId ? request.priors.find((candidate) => candidate.id === item.priorId) : undefined;
    const key = prior ? `${prior.institution.name}|${prior.archiveNo ?? prior.id}|${prior.performedAt.slice(0, 10)}` : `none|${item.concept}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const drafts = [...groups.values()].map((group) => {
    const first = group[0]!;
    const prior = first.priorId ? request.priors.find((candidate) => candidate.id === first.priorId) : undefined;
    const validUntil = group.map((item) => item.validUntil).filter((day): day is string => Boolean(day)).sort()[0];
    return draftRecord({
      choice: message.choice,
      orderName: verdict.order,
      item: { ...first, itemName: group.map((item) => item.itemName).join('、'), ...(validUntil ? { validUntil } : {}) },
      ...(prior ? { prior } : {}),
      recordedAt,
      ...(message.exception ? { exception: message.exception } : {}),
      ...(reasonDetail ? { reasonDetail } : {}),
      ...(message.informed ? { informed: message.informed } : {}),
      ...(deps.doctorName ? { doctorName: deps.doctorName } : {}),
      ...(context.identityConfirmed ? { identityConfirmed: true } : {}),
    });
  });
  const recordText = drafts.map((draft) => draft.text).join('\n\n');
  const missing = [...new Set(drafts.flatMap((draft) => draft.missing))];
  // 节约费用: the order's fee, when it is accepted whole (a partly covered panel is still ordered for
  // the rest), counted once per order: on its first item.
  const price = context.orderPrices?.[message.orderIndex];
  const feeSaved = message.choice === 'accept' && verdict.panel?.coverage !== 'partial' && typeof price === 'number' ? price : undefined;
  const decisions: StoredDecision[] = items.map((item, index) => ({
    id: deps.newId(),
    visitKey,
    patientKey,
    ...(context.identityConfirmed ? { identityConfirmed: true as const } : {}),
    concept: item.concept,
    catalogId: item.catalogId,
    orderName: verdict.order,
    itemName: item.itemName,
    itemStatus: item.status,
    choice: message.choice,
    ...(message.exception ? { exception: message.exception } : {}),
    ...(reasonDetail ? { reasonDetail } : {}),
    ...(message.informed ? { informedParty: message.informed.party } : {}),
    ...(item.priorId ? { priorId: item.priorId } : {}),
    recordText,
    missing,
    ...(index === 0 && feeSaved !== undefined ? { feeSaved } : {}),
    decidedAt: recordedAt,
    adapterId: state.adapterId,
    orderingInstitution: deps.orderingInstitution,
  }));
  // The log is append-only (an audit trail): a later choice for the same item and visit supersedes
  // the earlier one when read, but both stay recorded.
  await deps.db.decisions.bulkAdd(decisions);
  return { ok: true, decision: decisionSummary(decisions[0]!) };
}
