// Which importer reads a file, decided by its content (the file name is only a hint for messages).
import { asObject } from './fhir-json.ts';

export type ImportFormat = 'hr-assistant-export' | 'fhir' | 'hl7v2' | 'csv';

export type Detected = { format: ImportFormat } | { format: null; message: string };

/** Spreadsheets saved as .xlsx (zip) or .xls (OLE2) instead of CSV. */
export function binarySpreadsheet(bytes: Uint8Array): boolean {
  const starts = (prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  return starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
}

function parsesAsResource(line: string): boolean {
  try {
    return typeof asObject(JSON.parse(line))?.resourceType === 'string';
  } catch {
    return false;
  }
}

/**
 * JSON with `format: 'hr-assistant-export'` (or any `format` key) → the product's own export; JSON
 * with `resourceType`, or lines of such JSON (NDJSON) → FHIR; text starting with MSH (after MLLP
 * framing, or a batch header FHS/BHS) → HL7 v2; anything else → CSV.
 */
export function detectFormat(text: string): Detected {
  const start = text.replace(/^[\uFEFF\x0b\s]+/, '');
  if (/^(MSH|FHS|BHS)./.test(start)) return { format: 'hl7v2' };
  if (start.startsWith('{') || start.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch {
      if (parsesAsResource(firstLine(start)) || /"resourceType"\s*:/.test(start.slice(0, 2000))) return { format: 'fhir' };
      return { format: 'hr-assistant-export' }; // its parser reports the JSON error
    }
    const object = asObject(value);
    if (object && 'format' in object) return { format: 'hr-assistant-export' };
    if (object && typeof object.resourceType === 'string') return { format: 'fhir' };
    return { format: null, message: 'JSON 文件既不是本产品的导出文件（format: hr-assistant-export），也不是 FHIR 资源（resourceType）' };
  }
  return { format: 'csv' };
}
