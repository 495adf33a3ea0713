// Says, next to a result list on the HIS screen, what the extension captured from it: doctors and
// IT staff must be able to see that results were read (and which were not, and why).
import { MARKER_ATTRIBUTE } from './order-row-watcher.ts';

const indicators = new WeakMap<Element, { host: HTMLElement; label: HTMLElement }>();

export function showCaptureIndicator(container: Element, text: string, detail: string): void {
  let indicator = indicators.get(container);
  if (!indicator || !indicator.host.isConnected) {
    const doc = container.ownerDocument;
    const host = doc.createElement('hrb-capture-indicator');
    host.setAttribute(MARKER_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const label = doc.createElement('div');
    label.setAttribute('role', 'status');
    label.setAttribute('style', 'all:initial;display:block;margin:2px 0;padding:1px 6px;font:12px/18px sans-serif;color:#1864ab;background:#e7f5ff;border:1px solid #74c0fc;');
    shadow.append(label);
    container.insertAdjacentElement('afterend', host);
    indicator = { host, label };
    indicators.set(container, indicator);
  }
  indicator.label.textContent = text;
  indicator.label.title = detail;
  // Only a count and reasons, never patient data: the page may read this attribute.
  indicator.host.setAttribute('data-text', text);
}
