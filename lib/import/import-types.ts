// Shared shapes for the file importers. Every importer produces the product's own `ExportFile`
// (lib/store/export-format.ts) and reports problems as `ImportIssue`s, all or nothing.
import type { Mark } from '../catalog/catalog-schema.ts';
import type { IdentifierKind, ExportResult, ImportIssue } from '../store/export-format.ts';
import type { Institution } from '../rules/evaluate-schema.ts';

/** A code kept with an imported item: LOINC (`http://loinc.org`) or the sender's local code. */
export interface ItemCode {
  system: string;
  code: string;
  display?: string;
}

/**
 * A result as the importers write it: the export format's result plus the item's codes. The codes
 * are extra data (the rules match by name); the store keeps them, `parseExportFile` ignores them.
 */
export type ImportedResult = ExportResult & { itemCodes?: ItemCode[] };

/** Deployment-provided institutions, by name or code (a name in a file, MSH-4, OBX-23). */
export type InstitutionTable = Record<string, Institution>;

export interface Hl7Options {
  /**
   * PID-3 CX-5 identifier type code → identifier kind. Merged over the default mapping
   * (docs/import.md); map a code to `null` to ignore it. The key `''` is PID-3 without a type code.
   */
  identifierTypes?: Record<string, IdentifierKind | null>;
  /** OBX-3 codes whose OBX-5 carries the recognition mark for its OBR. Default `['HRMARK']`. */
  markObservationCodes?: string[];
  /** NTE-3 text `<prefix>：<mark>` sets the mark of the OBX (or OBR) it follows. Default `互认标识`. */
  markNotePrefix?: string;
}

export interface FhirOptions {
  /** Patient.identifier.system → identifier kind, over the type-code mapping (docs/import.md). */
  identifierSystems?: Record<string, IdentifierKind>;
}

export interface ImportOptions {
  /** Institutions by name or code: fills level / region / ownership a file does not carry. */
  institutions?: InstitutionTable;
  /**
   * The mark meant by a `*` before an item name (互认项目 on a report, 000 附件2). Without it a
   * starred item with no explicit mark is an issue.
   */
  starMark?: Mark;
  /** `exportedAt` of the produced file; default: now, written as Asia/Shanghai time. */
  now?: string;
  hl7?: Hl7Options;
  fhir?: FhirOptions;
}

/** Collects issues in the order they are found. */
export class IssueList {
  readonly items: ImportIssue[] = [];

  add(entry: string, field: string, message: string): void {
    this.items.push({ entry, field, message });
  }

  get count(): number {
    return this.items.length;
  }
}
