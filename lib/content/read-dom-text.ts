// Reading page text: everything the page shows is untrusted; we only ever read it as text, trim it
// and bound its length, and never interpret it as HTML.
import type { TextSource } from '../adapters/adapter-schema.ts';

const MAX_TEXT = 200;

export function readSource(root: ParentNode, source: TextSource): string | undefined {
  const element = root.querySelector(source.selector);
  if (!element) return undefined;
  const raw = source.read === 'value' && 'value' in element ? String((element as HTMLInputElement).value) : element.textContent ?? '';
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  return text === '' ? undefined : text;
}

/** The document of a same-origin frame relative to this one; undefined when cross-origin. */
export function frameDocument(win: Window, ref: 'self' | 'parent' | 'top'): Document | undefined {
  try {
    const target = ref === 'self' ? win : ref === 'parent' ? win.parent : win.top;
    return target?.document ?? undefined;
  } catch {
    // Cross-origin frame: the adapter must name a frame on the same origin.
    return undefined;
  }
}
