// Looks for the patient's identifiers on a screen nobody wrote an adapter for: in this frame, its
// ancestors and every same-origin frame under the top (the number often sits in a banner frame or a
// hidden tab). Only identifiers count — a labelled number (门诊号：MZ…), a hidden input whose name
// says what it is, an ID card number. Names, sex and age are never read: a patient that cannot be
// identified stays unidentified.
import type { FrameRef, IdentifierKind, TextSource } from '../adapters/adapter-schema.ts';
import { cssPath, isStableId } from './generic-css-path.ts';
import { DETECTOR_TEXT } from '../ui-text.ts';

export interface FoundIdentifier {
  kind: IdentifierKind;
  value: string;
  frame: FrameRef;
  /** Where it was found (for the evidence and the adapter draft). */
  source: TextSource;
  how: string;
}

const LABELS: readonly [IdentifierKind, RegExp][] = [
  ['hisPatientId', /^(门诊号|住院号|病人ID|患者ID|病人编号|患者编号|登记号|病历号|ID号|病案号)$/i],
  ['hisVisitId', /^(就诊号|就诊流水号|挂号流水号|就诊ID)$/i],
  ['idCard', /^(身份证号|身份证|身份证号码|证件号码)$/],
  ['insuranceCard', /^(医保卡号|社保卡号|医保号)$/],
];
const NAME_HINTS: readonly [IdentifierKind, RegExp][] = [
  ['hisVisitId', /visit_?(id|no)|^(hid)?jzh$|^(hid)?ghxh$/i],
  ['idCard', /sfzh|id_?card|idno|zjhm/i],
  ['insuranceCard', /ybkh|insur/i],
  ['hisPatientId', /pat(ient)?_?(id|no)|^(hid)?(brid|mzh|zyh|blh|djh|bah)$/i],
];
const VALUE_RULES: Record<IdentifierKind, RegExp> = {
  hisPatientId: /^(?=.*\d)[A-Za-z0-9-]{4,24}$/,
  hisVisitId: /^(?=.*\d)[A-Za-z0-9-]{4,24}$/,
  idCard: /^(\d{17}[\dXx]|\d{15}|\d{6}[\d*]{8,11}[\dXx*])$/,
  insuranceCard: /^(?=.*\d)[A-Za-z0-9*]{6,24}$/,
};
const INLINE = /(门诊号|住院号|病人ID|患者ID|登记号|病历号|身份证号?|医保卡号)\s*[:：]\s*([A-Za-z0-9*-]{4,24})/gi;

const clean = (text: string | null | undefined): string => (text ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
const label = (text: string): string => clean(text).replace(/[:：]$/, '').replace(/\s/g, '');

function kindOfLabel(text: string): IdentifierKind | undefined {
  return LABELS.find(([, pattern]) => pattern.test(text))?.[0];
}

function simpleSelector(element: Element): string | undefined {
  if (element.id && isStableId(element.id)) return `#${element.id}`;
  const name = element.getAttribute('name');
  if (name && /^[\w-]+$/.test(name)) return `${element.localName}[name="${name}"]`;
  return undefined;
}

function valueOf(element: Element): string {
  return 'value' in element && element.localName !== 'li' ? clean(String((element as HTMLInputElement).value)) : clean(element.textContent);
}

/** Identifiers in one document (first of each kind). */
function identifiersIn(doc: Document, frame: FrameRef): FoundIdentifier[] {
  const found = new Map<IdentifierKind, FoundIdentifier>();
  const add = (kind: IdentifierKind, value: string, source: TextSource, how: string): void => {
    if (!found.has(kind) && VALUE_RULES[kind].test(value)) found.set(kind, { kind, value, frame, source, how });
  };
  // 1. A label cell followed by its value cell / field (门诊号： | MZ20260001).
  for (const element of Array.from(doc.querySelectorAll('td, th, label, span, b, font, div'))) {
    if (element.childElementCount > 1) continue;
    const text = label(element.textContent ?? '');
    if (text.length > 8) continue;
    const kind = kindOfLabel(text);
    if (!kind) continue;
    const next = element.nextElementSibling;
    const target = next?.matches('input, select, textarea') ? next : (next?.querySelector('input:not([type=checkbox]):not([type=radio]), textarea') ?? next);
    if (!target) continue;
    const selector = simpleSelector(target) ?? cssPath(target);
    add(kind, valueOf(target), { selector, read: target.matches('input, textarea') ? 'value' : 'text' }, DETECTOR_TEXT.afterLabel(text));
  }
  // 2. Inputs (hidden ones too) whose id or name says what they hold.
  for (const input of Array.from(doc.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])'))) {
    const hint = `${input.id} ${input.getAttribute('name') ?? ''}`;
    for (const [kind, pattern] of NAME_HINTS) {
      const key = hint.split(' ').find((part) => pattern.test(part));
      const selector = simpleSelector(input);
      if (key && selector) {
        add(kind, valueOf(input), { selector, read: 'value' }, DETECTOR_TEXT.input(selector));
        break;
      }
    }
  }
  // 3. "门诊号：MZ20260001" inside a line of text.
  for (const element of Array.from(doc.querySelectorAll('body *'))) {
    if (element.childElementCount > 3 || element.matches('script, style')) continue;
    const text = clean(element.textContent);
    if (text.length > 160 || !text.includes('：') && !text.includes(':')) continue;
    for (const match of text.matchAll(INLINE)) {
      const kind = kindOfLabel(match[1]!);
      const selector = simpleSelector(element);
      if (kind && selector) add(kind, match[2]!, { selector, read: 'text', pattern: `${match[1]}\\s*[:：]\\s*([A-Za-z0-9*-]+)` }, DETECTOR_TEXT.inlineText(match[1]!));
    }
  }
  return [...found.values()];
}

function sameOriginDocument(win: Window | null | undefined): Document | undefined {
  try {
    return win?.document ?? undefined;
  } catch {
    return undefined;
  }
}

/** The frames to search, nearest first, each with its reference from `win`. */
function framesToSearch(win: Window): { doc: Document; frame: FrameRef }[] {
  const out: { doc: Document; frame: FrameRef }[] = [];
  const seen = new Set<Document>();
  const push = (doc: Document | undefined, frame: FrameRef): void => {
    if (doc && !seen.has(doc) && out.length < 24) {
      seen.add(doc);
      out.push({ doc, frame });
    }
  };
  push(sameOriginDocument(win), 'self');
  if (win.parent !== win) push(sameOriginDocument(win.parent), 'parent');
  const top = sameOriginDocument(win.top);
  push(top, 'top');
  // Named frames under the top, breadth first (framesets, iframes of iframes).
  const queue: { doc: Document; path: string[] }[] = top ? [{ doc: top, path: [] }] : [];
  while (queue.length > 0 && out.length < 24) {
    const { doc, path } = queue.shift()!;
    for (const element of Array.from(doc.querySelectorAll('frame, iframe'))) {
      const name = element.getAttribute('name') || element.id;
      const child = sameOriginDocument((element as HTMLIFrameElement).contentWindow);
      if (!name || !child) continue;
      push(child, { from: 'top', path: [...path, name] });
      queue.push({ doc: child, path: [...path, name] });
    }
  }
  return out;
}

/** Identifiers of the patient in context, nearest frame first; empty when there are none. */
export function findPatientIdentifiers(win: Window): FoundIdentifier[] {
  const found = new Map<IdentifierKind, FoundIdentifier>();
  for (const { doc, frame } of framesToSearch(win)) {
    for (const id of identifiersIn(doc, frame)) if (!found.has(id.kind)) found.set(id.kind, id);
  }
  return [...found.values()];
}
