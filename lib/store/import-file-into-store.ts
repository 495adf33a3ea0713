// Extension pages import straight into the store (same extension origin as the background): a big
// file is never copied through runtime messages. Parse and validate everything first, then write
// in one transaction.
import { importFromBytes } from '../import/import-file.ts';
import type { ImportOptions } from '../import/import-types.ts';
import type { ImportReply } from '../messaging/protocol.ts';
import type { ExportFile, ImportIssue } from './export-format.ts';
import type { HrDatabase } from './hr-database.ts';
import { importExportFile, type ImportProgress } from './import-results.ts';

export interface StoreImportOptions extends ImportOptions {
  /**
   * Whether patient / visit numbers in a CSV, FHIR or HL7 file are THIS hospital's HIS numbers. Off
   * by default: another hospital's 门诊号 can equal an unrelated local patient's number, so such
   * numbers are dropped and patients are tied by ID card or insurance card only. The product's own
   * export is always local.
   */
  localPatientNumbers?: boolean;
}

const LOCAL_KINDS = new Set(['hisPatientId', 'hisVisitId']);

/** Drops foreign HIS numbers; a patient left with no identifier makes the whole file fail. */
export function keepPortableIdentifiers(file: ExportFile): { file: ExportFile; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const patients = file.patients.map((patient, index) => {
    const identifiers = patient.identifiers.filter((identifier) => !LOCAL_KINDS.has(identifier.kind));
    if (identifiers.length === 0) {
      issues.push({
        entry: `patients[${index}]`,
        field: 'identifiers',
        message: '只有门诊号/就诊号，没有身份证号或医保卡号：外院号码可能与本院其他患者重号，不能据此关联。若文件中的号码就是本院 HIS 号码，请勾选“号码为本院 HIS 号码”后重新导入。',
      });
    }
    return { ...patient, identifiers };
  });
  return { file: { ...file, patients }, issues };
}

export async function importFileIntoStore(
  db: HrDatabase,
  fileName: string,
  bytes: Uint8Array,
  options: StoreImportOptions,
  onProgress?: ImportProgress,
): Promise<ImportReply> {
  const parsed = importFromBytes(fileName, bytes, options);
  if (!parsed.ok) return { ok: false, patients: 0, results: 0, errors: parsed.issues };
  let file = parsed.file;
  if (parsed.format !== 'hr-assistant-export' && !options.localPatientNumbers) {
    const portable = keepPortableIdentifiers(file);
    if (portable.issues.length > 0) return { ok: false, patients: 0, results: 0, errors: portable.issues };
    file = portable.file;
  }
  const counts = await importExportFile(db, file, onProgress);
  return { ok: true, ...counts, errors: [] };
}
