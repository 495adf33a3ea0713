// Reading the FHIR elements a result needs: the item (code), the mark (meta.tag or extension), the
// qualitative result (interpretation), the value, the archive number (identifier), times.
import { CODE_SYSTEM, EXT } from './fhir-extensions.ts';
import { asObject, asString, codings, conceptText, extensionText, extensionsOf, objects, type JsonObject } from './fhir-json.ts';
import type { FhirEntry } from './fhir-resources.ts';
import type { IssueList, ItemCode } from './import-types.ts';
import { parseMark, type MarkFound } from './mark-values.ts';
import { parseFhirDateTime } from './shanghai-datetime.ts';
import { clipValue } from './text-values.ts';

export function readItem(concept: unknown): { text?: string; codes: ItemCode[] } {
  const codes: ItemCode[] = [];
  for (const coding of codings(concept)) {
    const code = asString(coding.code);
    if (!code) continue;
    const item: ItemCode = { system: asString(coding.system) ?? 'local', code };
    const display = asString(coding.display);
    if (display) item.display = display;
    codes.push(item);
  }
  const text = conceptText(concept);
  return text === undefined ? { codes } : { text, codes };
}

/** The mark from meta.tag (CODE_SYSTEM.mark) or the recognition-mark extension; `undefined` if none. */
export function readMark(entry: FhirEntry, issues: IssueList): MarkFound {
  const found: { field: string; text: string }[] = [];
  for (const tag of objects(asObject(entry.resource.meta)?.tag)) {
    const code = asString(tag.code);
    if (tag.system === CODE_SYSTEM.mark && code) found.push({ field: 'meta.tag', text: code });
  }
  for (const extension of extensionsOf(entry.resource, EXT.mark)) {
    found.push({ field: 'extension:recognition-mark', text: extensionText(extension) ?? '' });
  }
  let mark: MarkFound;
  for (const { field, text } of found) {
    const parsed = parseMark(text);
    if (!parsed.ok) issues.add(entry.label, field, parsed.message);
    else if (mark !== undefined && mark !== parsed.mark) issues.add(entry.label, field, `互认标识不一致：${mark} 和 ${parsed.mark}`);
    else mark = parsed.mark;
  }
  return mark;
}

const INTERPRETATION: Record<string, 'positive' | 'negative'> = { POS: 'positive', DET: 'positive', NEG: 'negative', ND: 'negative', 阳性: 'positive', 阴性: 'negative' };

/** interpretation: POS/DET → positive, NEG/ND → negative (v3 ObservationInterpretation); H, L, A… → nothing. */
export function readInterpretation(entry: FhirEntry, issues: IssueList): 'positive' | 'negative' | null {
  const found = new Set<'positive' | 'negative'>();
  for (const concept of objects(entry.resource.interpretation)) {
    for (const coding of codings(concept)) {
      const result = INTERPRETATION[asString(coding.code)?.toUpperCase() ?? ''];
      if (result) found.add(result);
    }
    const text = INTERPRETATION[asString(concept.text) ?? ''];
    if (text) found.add(text);
  }
  if (found.size > 1) {
    issues.add(entry.label, 'interpretation', 'interpretation 同时有阳性和阴性');
    return null;
  }
  return [...found][0] ?? null;
}

/** value[x] as display text and unit. */
export function readObservationValue(resource: JsonObject): { value?: string; unit?: string } {
  const quantity = asObject(resource.valueQuantity);
  if (quantity) {
    const value = asString(quantity.value);
    const comparator = asString(quantity.comparator) ?? '';
    const unit = asString(quantity.unit) ?? asString(quantity.code);
    const out: { value?: string; unit?: string } = {};
    if (value !== undefined) out.value = `${comparator}${value}`;
    if (unit !== undefined) out.unit = unit;
    return out;
  }
  const text =
    asString(resource.valueString) ??
    conceptText(resource.valueCodeableConcept) ??
    asString(resource.valueInteger) ??
    (typeof resource.valueBoolean === 'boolean' ? (resource.valueBoolean ? '是' : '否') : undefined);
  const value = clipValue(text);
  return value === undefined ? {} : { value };
}

/** The archive / report number: an accession (ACSN) or filler (FILL) identifier, else the first. */
export function readArchiveNo(resource: JsonObject): string | undefined {
  const identifiers = objects(resource.identifier).filter((identifier) => asString(identifier.value));
  const typed = identifiers.find((identifier) => codings(identifier.type).some((coding) => ['ACSN', 'FILL'].includes(asString(coding.code) ?? '')));
  return asString((typed ?? identifiers[0])?.value);
}

/** A FHIR time element, normalised; `undefined` (no issue) when absent. */
export function readTime(entry: FhirEntry, field: string, value: unknown, issues: IssueList): string | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  const parsed = parseFhirDateTime(text);
  if (parsed.ok) return parsed.iso;
  issues.add(entry.label, field, parsed.message);
  return undefined;
}

/** effectiveDateTime / effectivePeriod.start / effectiveInstant, with the field it came from. */
export function readEffective(entry: FhirEntry, issues: IssueList): string | undefined {
  const r = entry.resource;
  if (r.effectiveDateTime !== undefined) return readTime(entry, 'effectiveDateTime', r.effectiveDateTime, issues);
  if (asObject(r.effectivePeriod)?.start !== undefined) return readTime(entry, 'effectivePeriod.start', asObject(r.effectivePeriod)?.start, issues);
  if (r.effectiveInstant !== undefined) return readTime(entry, 'effectiveInstant', r.effectiveInstant, issues);
  return undefined;
}
