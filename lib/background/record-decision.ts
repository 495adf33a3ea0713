// The doctor's choice for one item: drafted into the record text, written to the decision log
// (awaited) and only then reported back, so the panel never confirms a decision that was not stored.
import type { DecisionReply, DecisionRequest } from '../messaging/protocol.ts';
import { draftRecord } from '../records/index.ts';
import type { HrDatabase, StoredDecision } from '../store/hr-database.ts';
import { decisionSummary, WARNED_STATUSES } from './evaluate-snapshot.ts';
import type { PanelEntry } from './panel-state-cache.ts';
import { toShanghaiIso } from './shanghai-time.ts';

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
    return { ok: false, error: '未识别患者身份，不能记录互认决定。' };
  }
  const verdict = state.verdicts[message.orderIndex];
  const item = verdict?.items.find((candidate) => candidate.concept === message.concept);
  if (!verdict || !item) return { ok: false, error: '该项目已不在开单界面上，请刷新后重试。' };
  if (!WARNED_STATUSES.has(item.status)) return { ok: false, error: '该项目没有可互认的外院结果，无需选择。' };
  if (message.choice !== 'accept' && !message.exception && !message.reasonDetail?.trim()) {
    return { ok: false, error: '不予互认时须选择例外情形或填写复查原因。' };
  }
  if (message.exception === 'other' && !message.reasonDetail?.trim()) {
    return { ok: false, error: '选择“其他情形确需复查”时须填写具体原因。' };
  }
  if (message.choice !== 'accept' && !message.informed) {
    return { ok: false, error: '不予互认时须记录已告知患者或家属。' };
  }
  const prior = item.priorId ? context.request.priors.find((candidate) => candidate.id === item.priorId) : undefined;
  const recordedAt = toShanghaiIso(deps.now);
  const draft = draftRecord({
    choice: message.choice,
    orderName: verdict.order,
    item,
    ...(prior ? { prior } : {}),
    recordedAt,
    ...(message.exception ? { exception: message.exception } : {}),
    ...(message.reasonDetail?.trim() ? { reasonDetail: message.reasonDetail.trim() } : {}),
    ...(message.informed ? { informed: message.informed } : {}),
    ...(deps.doctorName ? { doctorName: deps.doctorName } : {}),
  });
  const decision: StoredDecision = {
    id: deps.newId(),
    visitKey: context.visitKey,
    patientKey: context.patientKey,
    concept: item.concept,
    catalogId: item.catalogId,
    orderName: verdict.order,
    itemName: item.itemName,
    itemStatus: item.status,
    choice: message.choice,
    ...(message.exception ? { exception: message.exception } : {}),
    ...(message.reasonDetail?.trim() ? { reasonDetail: message.reasonDetail.trim() } : {}),
    ...(message.informed ? { informedParty: message.informed.party } : {}),
    ...(item.priorId ? { priorId: item.priorId } : {}),
    recordText: draft.text,
    missing: draft.missing,
    decidedAt: recordedAt,
    adapterId: state.adapterId,
    orderingInstitution: deps.orderingInstitution,
  };
  // The log is append-only (an audit trail): a later choice for the same item and visit supersedes
  // the earlier one when read, but both stay recorded.
  await deps.db.decisions.add(decision);
  return { ok: true, decision: decisionSummary(decision) };
}
