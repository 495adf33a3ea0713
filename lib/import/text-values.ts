// Small text helpers shared by the importers.

/** NFKC (full-width → half-width) with all white space removed: for comparing names and codes. */
export function compactKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Trims and collapses inner white space; `undefined` for an empty value. */
export function cleanText(text: string | undefined | null): string | undefined {
  if (text === undefined || text === null) return undefined;
  const cleaned = text.replace(/[\s\u3000]+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

const VALUE_MAX = 100;

/**
 * `value` is shown to the doctor, never used by the rules, and the export format keeps at most 100
 * characters: a longer value is cut with `…` rather than refusing the whole file.
 */
export function clipValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.length <= VALUE_MAX ? value : `${value.slice(0, VALUE_MAX - 1)}…`;
}
