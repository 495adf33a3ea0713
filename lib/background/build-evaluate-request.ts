// Turns what the screen showed plus what the store holds into an engine request. Pure.
import type { ScreenSnapshot } from '../messaging/protocol.ts';
import type { EvaluateRequest, PatientMatch } from '../rules/evaluate-schema.ts';
import type { StoredResult } from '../store/hr-database.ts';
import type { DeploymentSettings } from './deployment-settings.ts';

export function buildEvaluateRequest(
  snapshot: ScreenSnapshot,
  results: readonly StoredResult[],
  patientMatch: PatientMatch,
  settings: DeploymentSettings,
  nowIso: string,
): EvaluateRequest {
  return {
    now: nowIso,
    orderingInstitution: settings.orderingInstitution,
    patient: snapshot.patient.ids,
    orders: snapshot.orders.map((order) => ({ name: order.name })),
    priors: results.map((result) => ({
      id: result.id,
      itemName: result.itemName,
      performedAt: result.performedAt,
      institution: result.institution,
      mark: result.mark,
      ...(result.result !== undefined ? { result: result.result } : {}),
      ...(result.archiveNo ? { archiveNo: result.archiveNo } : {}),
      ...(result.value ? { value: result.value } : {}),
      ...(result.unit ? { unit: result.unit } : {}),
      patientMatch,
    })),
  };
}
