// A result the patient brought on paper, entered by the doctor in the panel. It is tied to the
// patient the panel was opened for (identified by an identifier on screen), validated like any
// imported record, and stored with a stable id so entering it twice adds it once.
import type { ManualResultReply, ManualResultRequest } from '../messaging/protocol.ts';
import { exportResultSchema } from '../store/export-format.ts';
import type { HrDatabase } from '../store/hr-database.ts';
import { putResults } from '../store/patient-results.ts';
import type { PanelEntry } from './panel-state-cache.ts';
import { BACKGROUND_TEXT } from '../ui-text.ts';

export async function addManualResult(db: HrDatabase, entry: PanelEntry, message: ManualResultRequest, today: string): Promise<ManualResultReply> {
  const patientKey = entry.context.patientKey;
  // Stored for good, so only for a patient tied by an identifier: a name + sex + age confirmation
  // holds for one showing of the screen, and must not become a permanent result of that patient.
  if (!patientKey || entry.context.identityConfirmed) return { ok: false, error: BACKGROUND_TEXT.manualNoPatient };
  const { result } = message;
  if (result.performedAt > today) return { ok: false, error: BACKGROUND_TEXT.manualFutureDate };
  const candidate = {
    id: `manual:${patientKey}:${result.itemName.trim()}:${result.performedAt}:${result.institution.name.trim()}`,
    patientKey,
    itemName: result.itemName.trim(),
    performedAt: result.performedAt,
    institution: { ...result.institution, name: result.institution.name.trim() },
    mark: result.mark,
    result: result.result,
    ...(result.value?.trim() ? { value: result.value.trim() } : {}),
    ...(result.unit?.trim() ? { unit: result.unit.trim() } : {}),
    ...(result.archiveNo?.trim() ? { archiveNo: result.archiveNo.trim() } : {}),
    source: 'manual',
  };
  const parsed = exportResultSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? ''}：${issue?.message ?? '无效'}` };
  }
  await putResults(db, [parsed.data]);
  return { ok: true };
}
