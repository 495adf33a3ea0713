// Results read from a result list on a HIS screen (外院报告, 调阅) become stored priors, for the
// patient identified on that screen only. A row is kept only when everything the rules need is
// there: an item, a date, and an institution whose level and region are known (from earlier imports
// or the deployment); anything else is reported as skipped, never guessed.
import type { Mark } from '../catalog/catalog-schema.ts';
import type { CaptureReply, CapturedRow } from '../messaging/protocol.ts';
import { exportResultSchema } from '../store/export-format.ts';
import { parseLooseDateTime } from '../import/shanghai-datetime.ts';
import { findPatientByIdentifiers } from '../store/find-patient.ts';
import type { HrDatabase, StoredResult } from '../store/hr-database.ts';
import { putResults } from '../store/patient-results.ts';

const MARKS: readonly Mark[] = ['川渝HR', '川内HR', 'HR'];

/** A date as a result list prints it, read as the file importers read dates (no offset: Asia/Shanghai). */
export function parseCapturedDate(text: string): string | undefined {
  const parsed = parseLooseDateTime(text);
  return parsed.ok ? parsed.iso : undefined;
}

export function parseCapturedMark(text: string | undefined): Mark | null {
  const cleaned = (text ?? '').replace(/\s+/g, '').toUpperCase().replace('川渝HR', '川渝HR');
  return MARKS.find((mark) => cleaned === mark.toUpperCase()) ?? null;
}

export async function captureResults(
  db: HrDatabase,
  message: { adapterId: string; listId: string; patient: { ids: Record<string, string> }; rows: CapturedRow[] },
  today: string,
): Promise<CaptureReply> {
  const patient = await findPatientByIdentifiers(db, message.patient.ids);
  if (patient.kind !== 'identifier') {
    const refused = patient.kind === 'none' && patient.reason === 'no-identifier' ? '界面上没有读到患者标识，未采集。' : '本机尚无该患者记录，未采集（请先导入该患者的外院结果或建档）。';
    return { ok: true, captured: 0, skipped: [], refused };
  }
  const skipped: CaptureReply['skipped'] = [];
  const kept: StoredResult[] = [];
  for (const row of message.rows) {
    const performedAt = row.date ? parseCapturedDate(row.date) : undefined;
    if (!performedAt) {
      skipped.push({ item: row.item, reason: '没有可读的检查日期' });
      continue;
    }
    if (performedAt.slice(0, 10) > today) {
      skipped.push({ item: row.item, reason: '检查日期晚于今天' });
      continue;
    }
    const institution = row.institution ? await db.institutions.get(row.institution.trim()) : undefined;
    if (!institution) {
      skipped.push({ item: row.item, reason: `机构等级/地区未知：${row.institution ?? '未写机构'}` });
      continue;
    }
    const { source: _source, updatedAt: _updatedAt, ...known } = institution;
    const candidate = {
      id: `capture:${patient.patientKey}:${row.item}:${performedAt}:${institution.name}`,
      patientKey: patient.patientKey,
      itemName: row.item,
      performedAt,
      institution: known,
      mark: parseCapturedMark(row.mark),
      ...(row.value ? { value: row.value.slice(0, 100) } : {}),
      ...(row.unit ? { unit: row.unit.slice(0, 40) } : {}),
      ...(row.archiveNo ? { archiveNo: row.archiveNo.slice(0, 100) } : {}),
      // The export format keeps the source short; the screen is named by the adapter id.
      source: `capture:${message.adapterId}`.slice(0, 40),
    };
    const parsed = exportResultSchema.safeParse(candidate);
    if (!parsed.success) {
      skipped.push({ item: row.item, reason: parsed.error.issues[0]?.message ?? '无效' });
      continue;
    }
    kept.push(parsed.data);
  }
  if (kept.length) await db.transaction('rw', db.patients, () => putResults(db, kept));
  return { ok: true, captured: kept.length, skipped };
}
