// Marks an order row in place. The badge is a host element appended to the item cell, with its text
// in a closed shadow root: the page's own `textContent` reads of the cell are unchanged, page CSS
// cannot restyle it (the shadow's `:host` rules are `!important`), and it carries only a status
// word, never patient data.
//
// Busy grids redraw cells every frame and each redraw wipes the marker, so making one is kept to a
// few DOM calls: the styles are one stylesheet per document shared by every marker, and clicks and
// keys are handled by one listener per document rather than two per marker. (In `npm run bench`
// marker creation was ~40% of the content script's time on a 1,000-row grid.)
import { MARKER_ATTRIBUTE } from './order-row-watcher.ts';

export type MarkerTone = 'required' | 'optional' | 'info' | 'exempt';

const TONE_COLORS: Record<MarkerTone, { border: string; background: string; color: string }> = {
  required: { border: '#c92a2a', background: '#fff5f5', color: '#c92a2a' },
  optional: { border: '#e67700', background: '#fff9db', color: '#8a5a00' },
  exempt: { border: '#5c7cfa', background: '#edf2ff', color: '#364fc7' },
  info: { border: '#868e96', background: '#f8f9fa', color: '#495057' },
};

const MARKER_TAG = 'hrb-row-marker';

// Inline, not inline-block: a bordered inline-block costs each frame of a busy grid about twice as
// much paint (measured with 400 markers on the bench's 1,000-row grid).
const MARKER_CSS =
  `:host { all: initial !important; display: inline !important; margin-left: 6px !important; padding: 0 4px !important;` +
  ` font: bold 12px/16px sans-serif !important; border: 1px solid !important; border-radius: 2px !important; cursor: pointer !important; }\n` +
  (Object.entries(TONE_COLORS) as [MarkerTone, (typeof TONE_COLORS)[MarkerTone]][])
    .map(([tone, c]) => `:host([data-tone="${tone}"]) { border-color: ${c.border} !important; background: ${c.background} !important; color: ${c.color} !important; }`)
    .join('\n') +
  // Long grids: the marker floats after the item text instead of widening its cell. A cell of an
  // auto-width table that grows and shrinks as the grid redraws the row makes the browser re-lay
  // out the whole grid (in `npm run bench`, five in-flow markers cost a 1,000-row grid ~25% more
  // layout time; floating, none). It may cover the start of the next cell.
  `\n:host([data-float]) { position: absolute !important; z-index: 1 !important; }`;

interface Badge {
  host: HTMLElement;
  text: Text;
  onOpen: (() => void) | undefined;
}

const badges = new WeakMap<Element, Badge>();
/** Host → its badge, for the per-document listeners. */
const hosts = new WeakMap<Element, Badge>();
const sheets = new WeakMap<Document, CSSStyleSheet | null>();
const listening = new WeakSet<Document>();

/** One constructed stylesheet per document (null where the browser cannot adopt one: a `<style>` per marker then). */
function sharedSheet(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      sheet = Sheet && 'replaceSync' in Sheet.prototype ? new Sheet() : null;
      sheet?.replaceSync(MARKER_CSS);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  return sheet;
}

/** Clicking a marker (or Enter / Space on it) opens the panel; the row's own handlers must not also fire. */
function listenOnce(doc: Document): void {
  if (listening.has(doc)) return;
  listening.add(doc);
  const open = (event: Event): void => {
    const target = event.target as Element | null;
    const badge = target && target.localName === MARKER_TAG ? hosts.get(target) : undefined;
    if (!badge) return;
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      event.preventDefault();
    }
    event.stopPropagation();
    badge.onOpen?.();
  };
  doc.addEventListener('click', open, true);
  doc.addEventListener('keydown', open, true);
}

function createBadge(row: Element): Badge {
  const doc = row.ownerDocument;
  listenOnce(doc);
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute(MARKER_ATTRIBUTE, '');
  host.setAttribute('role', 'button');
  host.tabIndex = 0;
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = sharedSheet(doc);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = MARKER_CSS;
    shadow.append(style);
  }
  const text = doc.createTextNode('');
  shadow.append(text);
  const badge: Badge = { host, text, onOpen: undefined };
  hosts.set(host, badge);
  return badge;
}

/**
 * `onOpen`: clicking (or Enter on) the marker opens the panel, e.g. to see why a prior does not count.
 * `floating`: long grids, where the marker must not change its cell's width (see MARKER_CSS).
 */
export function markRow(row: Element, cell: Element, tone: MarkerTone, label: string, onOpen?: () => void, floating = false): void {
  // A row whose cell the grid redrew keeps its badge: the same host goes back into the new cell.
  let badge = badges.get(row);
  if (!badge) {
    badge = createBadge(row);
    badges.set(row, badge);
  }
  badge.onOpen = onOpen;
  // Rewrite a marker only when its tone or text changed, or every change would restyle every marked row.
  if (badge.host.getAttribute('data-tone') !== tone) badge.host.setAttribute('data-tone', tone);
  if (badge.host.hasAttribute('data-float') !== floating) badge.host.toggleAttribute('data-float', floating);
  if (badge.text.data !== label) {
    badge.text.data = label;
    badge.host.title = label;
  }
  if (badge.host.parentNode !== cell) cell.append(badge.host);
}

export function unmarkRow(row: Element): void {
  const badge = badges.get(row);
  if (badge) {
    badge.host.remove();
    badges.delete(row);
  }
}
