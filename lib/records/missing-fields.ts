// Collects required values for a draft: a present value is returned as is, an absent one becomes
// the visible marker 【缺：label】 and its label is listed once in `missing`.
import { RECORD_TEXT } from './record-texts.ts';

export class FieldCollector {
  readonly missing: string[] = [];

  /** The value, or the missing-marker when it is undefined, null or blank. */
  need(value: string | null | undefined, label: string): string {
    if (value !== undefined && value !== null && value.trim() !== '') return value.trim();
    if (!this.missing.includes(label)) this.missing.push(label);
    return RECORD_TEXT.missingMarker(label);
  }

  /** Records a missing label without a value (for conditions, not fields). */
  flag(label: string): string {
    if (!this.missing.includes(label)) this.missing.push(label);
    return RECORD_TEXT.missingMarker(label);
  }
}
