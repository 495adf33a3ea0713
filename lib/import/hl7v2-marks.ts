// The recognition mark in an ORU feed (HL7 v2 has no field for it). Conventions, both configurable
// (docs/import.md): an NTE `互认标识：川渝HR` after an OBX marks that OBX, after an OBR marks the
// whole OBR; an OBX whose OBX-3 code is `HRMARK` carries the mark for its OBR in OBX-5.
import { readValue } from './hl7v2-fields.ts';
import { fieldComponent, repetitionsOf, type Hl7Segment, type Hl7Separators } from './hl7v2-reader.ts';
import type { Hl7Options, IssueList } from './import-types.ts';
import { parseMark, type MarkFound } from './mark-values.ts';

export const DEFAULT_MARK_CODES = ['HRMARK'];
export const DEFAULT_NOTE_PREFIX = '互认标识';

/** An OBR or OBX with the NTE-3 texts that follow it. */
export interface Annotated {
  segment: Hl7Segment;
  entry: string;
  notes: string[];
}

export class Hl7MarkReader {
  private readonly codes: Set<string>;
  private readonly notePattern: RegExp;

  constructor(
    options: Hl7Options | undefined,
    private readonly issues: IssueList,
  ) {
    this.codes = new Set((options?.markObservationCodes ?? DEFAULT_MARK_CODES).map((code) => code.toUpperCase()));
    const prefix = (options?.markNotePrefix ?? DEFAULT_NOTE_PREFIX).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.notePattern = new RegExp(`^\\s*${prefix}\\s*[:：]\\s*(.*)$`);
  }

  /** Is this OBX the mark carrier rather than a result? */
  isMarkObx(obx: Annotated, sep: Hl7Separators): boolean {
    return this.codes.has(fieldComponent(obx.segment, 3, 1, sep).toUpperCase());
  }

  /** The mark an NTE after this OBR / OBX gives. */
  noteMark(target: Annotated): MarkFound {
    let mark: MarkFound;
    for (const note of target.notes) {
      const m = this.notePattern.exec(note);
      if (!m) continue;
      const parsed = parseMark(m[1]);
      if (!parsed.ok) this.issues.add(target.entry, 'NTE-3', parsed.message);
      else if (mark !== undefined && mark !== parsed.mark) this.issues.add(target.entry, 'NTE-3', `注释中有两个不同的互认标识：${mark} 和 ${parsed.mark}`);
      else mark = parsed.mark;
    }
    return mark;
  }

  /** The OBR's own mark: its NTE, or a mark OBX in its group. */
  groupMark(obr: Annotated, obxs: readonly Annotated[], sep: Hl7Separators): MarkFound {
    let mark = this.noteMark(obr);
    for (const obx of obxs.filter((candidate) => this.isMarkObx(candidate, sep))) {
      const parsed = parseMark(readValue('ST', repetitionsOf(obx.segment, 5, sep), sep));
      if (!parsed.ok) this.issues.add(obx.entry, 'OBX-5', parsed.message);
      else if (mark !== undefined && mark !== parsed.mark) this.issues.add(obx.entry, 'OBX-5', `互认标识与同一 OBR 的其他标识不一致：${mark} 和 ${parsed.mark}`);
      else mark = parsed.mark;
    }
    return mark;
  }
}
