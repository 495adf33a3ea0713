// One entry point for every file a department can load: bytes → text (decode-text.ts) → the
// importer its content calls for → the export format, or every issue and no data (all or nothing).
import { parseExportFile, type ParsedExport } from '../store/export-format.ts';
import { parseCsvImport } from './csv-import.ts';
import { decodeText, type TextEncodingName } from './decode-text.ts';
import { binarySpreadsheet, detectFormat, type ImportFormat } from './detect-format.ts';
import { parseFhirImport } from './fhir-import.ts';
import { parseHl7v2Import } from './hl7v2-import.ts';
import type { ImportOptions } from './import-types.ts';

export type { ImportFormat } from './detect-format.ts';
export type { TextEncodingName } from './decode-text.ts';

/** The parse result, with the format chosen and the encoding the text was read in (`null` when undecided). */
export type ImportOutcome = ParsedExport & { format: ImportFormat | null; encoding: TextEncodingName | null };

const PARSERS: Record<ImportFormat, (text: string, options: ImportOptions) => ParsedExport> = {
  'hr-assistant-export': (text) => parseExportFile(text),
  fhir: parseFhirImport,
  hl7v2: parseHl7v2Import,
  csv: parseCsvImport,
};

function failure(message: string, format: ImportFormat | null = null, encoding: TextEncodingName | null = null): ImportOutcome {
  return { ok: false, issues: [{ entry: 'file', field: '', message }], format, encoding };
}

export function importFromBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): ImportOutcome {
  if (bytes.length === 0) return failure(`文件 ${fileName} 是空的`);
  if (binarySpreadsheet(bytes)) return failure(`${fileName} 是 Excel 工作簿，不是文本文件：请在 Excel 中“另存为”CSV（逗号分隔）后再导入`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failure(decoded.message);
  const detected = detectFormat(decoded.text);
  if (detected.format === null) return failure(detected.message, null, decoded.encoding);
  const parsed = PARSERS[detected.format](decoded.text, options);
  return { ...parsed, format: detected.format, encoding: decoded.encoding };
}
