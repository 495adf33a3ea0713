// Marks an order row in place. The badge lives in a closed shadow root on a host element appended to
// the item cell: the page's own `textContent` reads of the cell are unchanged, page CSS cannot
// restyle it, and it carries only a status word, never patient data.
import { MARKER_ATTRIBUTE } from './order-row-watcher.ts';

export type MarkerTone = 'required' | 'optional' | 'info' | 'exempt';

const TONE_COLORS: Record<MarkerTone, { border: string; background: string; color: string }> = {
  required: { border: '#c92a2a', background: '#fff5f5', color: '#c92a2a' },
  optional: { border: '#e67700', background: '#fff9db', color: '#8a5a00' },
  exempt: { border: '#5c7cfa', background: '#edf2ff', color: '#364fc7' },
  info: { border: '#868e96', background: '#f8f9fa', color: '#495057' },
};

const badges = new WeakMap<Element, { host: HTMLElement; label: HTMLElement; onOpen: (() => void) | undefined }>();

/** `onOpen`: clicking (or Enter on) the marker opens the panel, e.g. to see why a prior does not count. */
export function markRow(row: Element, cell: Element, tone: MarkerTone, text: string, onOpen?: () => void): void {
  let badge = badges.get(row);
  if (!badge || !badge.host.isConnected) {
    const host = row.ownerDocument.createElement('hrb-row-marker');
    host.setAttribute(MARKER_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const label = row.ownerDocument.createElement('span');
    label.setAttribute('role', 'button');
    label.tabIndex = 0;
    const open = (event: Event) => {
      // The row's own handlers (select row, open detail) must not also fire.
      event.stopPropagation();
      badges.get(row)?.onOpen?.();
    };
    label.addEventListener('click', open);
    label.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') open(event);
    });
    shadow.append(label);
    cell.append(host);
    badge = { host, label, onOpen };
    badges.set(row, badge);
  }
  // Busy grids get a reply per change: rewrite a marker only when its tone or text changed, or
  // every reply would restyle every marked row.
  if (badge.host.dataset.tone === tone && badge.label.textContent === text) {
    badge.onOpen = onOpen;
    return;
  }
  badge.onOpen = onOpen;
  const colors = TONE_COLORS[tone];
  badge.label.textContent = text;
  badge.label.setAttribute(
    'style',
    // Inline, not inline-block: a bordered inline-block costs each frame of a busy grid about twice
    // as much paint (measured with 400 markers on the bench's 1,000-row grid).
    `all:initial;display:inline;margin-left:6px;padding:0 4px;font:bold 12px/16px sans-serif;` +
      `border:1px solid ${colors.border};background:${colors.background};color:${colors.color};border-radius:2px;cursor:pointer;`,
  );
  badge.host.dataset.tone = tone;
  badge.host.title = text;
}

export function unmarkRow(row: Element): void {
  const badge = badges.get(row);
  if (badge) {
    badge.host.remove();
    badges.delete(row);
  }
}
