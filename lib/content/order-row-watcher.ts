// Watches the order grid for rows the page adds or removes by script. Only added and removed nodes
// are looked at (no full rescans); a row's name is re-read when its own subtree changes (inline
// edits), and input/change events catch values set by typing. Our own injected markers are ignored.
import type { ScreenAdapter } from '../adapters/adapter-schema.ts';
import { readSource } from './read-dom-text.ts';

export interface WatchedRow {
  key: string;
  element: Element;
  name: string;
}

export interface OrderRowWatcher {
  rows(): WatchedRow[];
  disconnect(): void;
}

export const MARKER_ATTRIBUTE = 'data-hrb-marker';

export function watchOrderRows(
  container: Element,
  orders: ScreenAdapter['orders'],
  onChange: () => void,
): OrderRowWatcher {
  const keys = new WeakMap<Element, string>();
  const live = new Map<string, WatchedRow>();
  let counter = 0;

  const readRow = (element: Element): void => {
    const name = readSource(element, orders.itemName);
    let key = keys.get(element);
    if (!key) {
      key = `r${++counter}`;
      keys.set(element, key);
    }
    if (name) live.set(key, { key, element, name });
    else live.delete(key);
  };

  const rowOf = (node: Node): Element | null => {
    const element = node instanceof Element ? node : node.parentElement;
    const row = element?.closest(orders.row) ?? null;
    return row && container.contains(row) ? row : null;
  };

  const collectRows = (node: Node, into: Set<Element>): void => {
    if (!(node instanceof Element)) {
      const row = rowOf(node);
      if (row) into.add(row);
      return;
    }
    if (node.hasAttribute(MARKER_ATTRIBUTE)) return;
    if (node.matches(orders.row)) into.add(node);
    else {
      const enclosing = rowOf(node);
      if (enclosing) into.add(enclosing);
      node.querySelectorAll(orders.row).forEach((row) => into.add(row));
    }
  };

  container.querySelectorAll(orders.row).forEach(readRow);

  let scheduled = false;
  const notify = (): void => {
    if (scheduled) return;
    scheduled = true;
    // Grids add rows in bursts (one mutation per cell); coalesce them into one evaluation.
    queueMicrotask(() => {
      scheduled = false;
      onChange();
    });
  };

  const observer = new MutationObserver((mutations) => {
    const before = signature();
    const touched = new Set<Element>();
    let removed = false;
    for (const mutation of mutations) {
      if (mutation.target instanceof Element && mutation.target.closest(`[${MARKER_ATTRIBUTE}]`)) continue;
      mutation.addedNodes.forEach((node) => collectRows(node, touched));
      if (mutation.type === 'characterData') {
        const row = rowOf(mutation.target);
        if (row) touched.add(row);
      }
      if (mutation.removedNodes.length > 0) removed = true;
      if (mutation.type === 'childList' && mutation.target !== container) {
        const row = rowOf(mutation.target);
        if (row) touched.add(row);
      }
    }
    if (removed) {
      for (const [key, row] of live) if (!container.contains(row.element)) live.delete(key);
    }
    touched.forEach(readRow);
    if (signature() !== before) notify();
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });

  const onInput = (event: Event): void => {
    const row = event.target instanceof Node ? rowOf(event.target) : null;
    if (!row) return;
    const before = signature();
    readRow(row);
    if (signature() !== before) notify();
  };
  container.addEventListener('input', onInput, true);
  container.addEventListener('change', onInput, true);

  function signature(): string {
    let text = '';
    for (const row of live.values()) text += `${row.key}=${row.name}\n`;
    return text;
  }

  return {
    rows: () => [...live.values()].filter((row) => row.element.isConnected),
    disconnect: () => {
      observer.disconnect();
      container.removeEventListener('input', onInput, true);
      container.removeEventListener('change', onInput, true);
    },
  };
}
