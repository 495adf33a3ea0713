// The background's answer to "these rows are on screen for this patient": look the patient up by
// identifier, read their stored results, run the rules, and shape a reply for the row markers and
// a state for the panel.
import type { EvaluateReply, PanelState, PriorDisplay, RowVerdict, ScreenSnapshot } from '../messaging/protocol.ts';
import { evaluate } from '../rules/evaluate.ts';
import type { HrDatabase } from '../store/hr-database.ts';
import { findPatientByIdentifiers } from '../store/find-patient.ts';
import { ROW_MARKER_LABELS, STATUS_LABELS } from '../ui-text.ts';
import { buildEvaluateRequest } from './build-evaluate-request.ts';
import type { DeploymentSettings } from './deployment-settings.ts';
import { toShanghaiIso } from './shanghai-time.ts';

export interface SnapshotVerdict {
  reply: EvaluateReply;
  panel: PanelState;
}

export async function evaluateSnapshot(
  db: HrDatabase,
  snapshot: ScreenSnapshot,
  settings: DeploymentSettings,
  now: Date,
): Promise<SnapshotVerdict> {
  const patient = await findPatientByIdentifiers(db, snapshot.patient.ids);
  const results = patient.kind === 'identifier' ? await db.results.where('patientKey').equals(patient.patientKey).toArray() : [];
  const verdicts =
    snapshot.orders.length === 0
      ? []
      : evaluate(buildEvaluateRequest(snapshot, results, 'identifier', settings, toShanghaiIso(now))).verdicts;

  const rows: RowVerdict[] = snapshot.orders.map((order, index) => {
    const status = verdicts[index]?.status ?? 'unmatched';
    return { rowKey: order.rowKey, order: order.name, status, label: ROW_MARKER_LABELS[status] ?? STATUS_LABELS[status] };
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

  const hasPrior = rows.some((row) => row.status !== 'no-prior' && row.status !== 'unmatched');
  const cannotIdentify = patient.kind === 'none' && patient.reason === 'no-identifier' && rows.length > 0;
  const patientLabel = [snapshot.patient.name, snapshot.patient.sex, snapshot.patient.age].filter(Boolean).join(' ');
  return {
    reply: { ok: true, patient, rows, showPanel: hasPrior || cannotIdentify },
    panel: { updatedAt: now.toISOString(), adapterId: snapshot.adapterId, patient, patientLabel, verdicts, priors },
  };
}
