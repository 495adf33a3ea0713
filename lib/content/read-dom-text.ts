// Reading page text: everything the page shows is untrusted; we only ever read it as text, trim it
// and bound its length, and never interpret it as HTML.
import type { FrameRef, ReadMode, TextSource } from '../adapters/adapter-schema.ts';

const MAX_TEXT = 200;

/** The parts of a source that say how to turn an element into text. */
export interface ReadRule {
  read: ReadMode;
  attribute?: string | undefined;
  pattern?: string | undefined;
}

const patterns = new Map<string, RegExp | null>();

function compiled(source: string): RegExp | null {
  let regex = patterns.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(source);
    } catch {
      // The schema refuses such patterns; a hand-edited adapter that slipped through reads nothing.
      regex = null;
    }
    patterns.set(source, regex);
  }
  return regex;
}

function isFormControl(element: Element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const tag = element.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select';
}

function controlText(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  // A <select> shows the option's text; its value is usually a code.
  if (control.localName === 'select') {
    const select = control as HTMLSelectElement;
    return select.selectedIndex >= 0 ? (select.options[select.selectedIndex]?.text ?? '') : '';
  }
  return String(control.value);
}

function rawText(element: Element, rule: ReadRule): string {
  switch (rule.read) {
    case 'value':
      return 'value' in element ? String((element as HTMLInputElement).value) : (element.textContent ?? '');
    case 'attribute':
      return rule.attribute ? (element.getAttribute(rule.attribute) ?? '') : '';
    case 'auto': {
      if (isFormControl(element)) return controlText(element);
      // An inline-edit cell holds an editor while the row is edited, plain text otherwise.
      const control = element.querySelector('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, select');
      return control && isFormControl(control) ? controlText(control) : (element.textContent ?? '');
    }
    default:
      return element.textContent ?? '';
  }
}

/** An element's text under a read rule: whitespace collapsed, trimmed, bounded, `undefined` when empty. */
export function readElement(element: Element, rule: ReadRule): string | undefined {
  let text = rawText(element, rule).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  if (rule.pattern) {
    const match = compiled(rule.pattern)?.exec(text);
    text = match ? (match[1] ?? match[0]).trim() : '';
  }
  text = text.slice(0, MAX_TEXT);
  return text === '' ? undefined : text;
}

export function readSource(root: ParentNode, source: TextSource): string | undefined {
  const element = root.querySelector(source.selector);
  return element ? readElement(element, source) : undefined;
}

function childFrame(win: Window, name: string): Window | undefined {
  for (const frame of Array.from(win.document.querySelectorAll('iframe, frame'))) {
    if (frame.getAttribute('name') === name || frame.id === name) return (frame as HTMLIFrameElement).contentWindow ?? undefined;
  }
  return undefined;
}

/** The window of a same-origin frame relative to this one; undefined when missing or cross-origin. */
export function frameWindow(win: Window, ref: FrameRef): Window | undefined {
  try {
    const base = typeof ref === 'string' ? ref : ref.from;
    let target: Window | null | undefined = base === 'self' ? win : base === 'parent' ? win.parent : win.top;
    if (typeof ref !== 'string') {
      for (const name of ref.path) {
        if (!target) return undefined;
        target = childFrame(target, name);
      }
    }
    // Touching the document is what throws for a cross-origin frame.
    return target?.document ? target : undefined;
  } catch {
    // Cross-origin frame: the adapter must name a frame on the same origin.
    return undefined;
  }
}

/** The document of a same-origin frame relative to this one; undefined when missing or cross-origin. */
export function frameDocument(win: Window, ref: FrameRef): Document | undefined {
  return frameWindow(win, ref)?.document;
}
