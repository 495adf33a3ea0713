// Watches the order grid for rows the page adds or removes by script. Only added and removed nodes
// are looked at (no full rescans); a row's name is re-read when its own subtree changes (inline
// edits), and input/change events catch values set by typing. Our own injected markers are ignored.
//
// The whole document is observed, not one container element: grids re-render their body (layui's
// `reloadData` replaces the table), dialogs build their grid on first open, and a screen may carry
// several order grids (检验 / 检查 tabs). Every element matching `orders.container` counts, whenever
// it appears. Values that page script sets on inputs fire no mutation and no event, so rows whose
// name is read from an input are re-read on a slow timer (only those rows, only for such adapters).
import type { OrderGrid } from '../adapters/adapter-schema.ts';
import { findCell, readCell } from './read-grid-cell.ts';

export interface WatchedRow {
  key: string;
  element: Element;
  name: string;
  /** The cell the name was read from (the row marker goes there). */
  cell: Element | null;
}

export interface OrderRowWatcher {
  rows(): WatchedRow[];
  /** How many rows are watched (cheap: no sorting, no DOM reads). */
  count(): number;
  disconnect(): void;
}

export const MARKER_ATTRIBUTE = 'data-hrb-marker';

const VALUE_POLL_MS = 1000;
const MAX_ROWS = 500;

function isElement(node: Node): node is Element {
  // Not `instanceof Element`: nodes of another frame's document belong to another realm.
  return node.nodeType === 1;
}

/** Watches the order rows of `container`'s document (see above: every matching container). */
export function watchOrderRows(container: Element, orders: OrderGrid, onChange: () => void): OrderRowWatcher {
  return watchOrderGrid(container.ownerDocument, orders, onChange);
}

export function watchOrderGrid(doc: Document, orders: OrderGrid, onChange: () => void): OrderRowWatcher {
  const keys = new WeakMap<Element, string>();
  const seen = new Set<Element>();
  const live = new Map<string, WatchedRow>();
  let counter = 0;
  // Set when a row appears, goes, or changes its name: only then is the background asked again.
  // (Status cells and other columns change all the time on busy grids and must cost nothing more.)
  let changed = false;

  const inContainer = (row: Element): boolean => Boolean(row.parentElement?.closest(orders.container));

  const readRow = (element: Element): void => {
    let key = keys.get(element);
    if (!key) {
      if (seen.size >= MAX_ROWS) return;
      key = `r${++counter}`;
      keys.set(element, key);
    }
    seen.add(element);
    const name = readCell(element, orders.itemName);
    const previous = live.get(key);
    if (name) {
      if (previous?.name !== name || previous.element !== element) changed = true;
      live.set(key, { key, element, name, cell: findCell(element, orders.itemName) });
    } else if (previous) {
      live.delete(key);
      changed = true;
    }
  };

  const rowOf = (node: Node): Element | null => {
    const element = isElement(node) ? node : node.parentElement;
    const row = element?.closest(orders.row) ?? null;
    return row && inContainer(row) ? row : null;
  };

  const collectRows = (node: Node, into: Set<Element>): void => {
    if (!isElement(node)) {
      const row = rowOf(node);
      if (row) into.add(row);
      return;
    }
    if (node.hasAttribute(MARKER_ATTRIBUTE)) return;
    const enclosing = rowOf(node);
    if (enclosing) into.add(enclosing);
    if (!node.firstElementChild) return;
    node.querySelectorAll(orders.row).forEach((row) => {
      if (inContainer(row)) into.add(row);
    });
  };

  const prune = (): void => {
    for (const element of seen) {
      if (element.isConnected && inContainer(element)) continue;
      seen.delete(element);
      const key = keys.get(element);
      if (key && live.delete(key)) changed = true;
    }
  };

  doc.querySelectorAll(orders.row).forEach((row) => {
    if (inContainer(row)) readRow(row);
  });

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

  // The document's own realm: the grid may sit in another frame than the one this code runs in.
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((mutations) => {
    changed = false;
    const touched = new Set<Element>();
    let removed = false;
    for (const mutation of mutations) {
      const target = mutation.target;
      const targetElement = isElement(target) ? target : target.parentElement;
      if (targetElement?.closest(`[${MARKER_ATTRIBUTE}]`)) continue;
      mutation.addedNodes.forEach((node) => collectRows(node, touched));
      if (mutation.removedNodes.length > 0) removed = true;
      const row = rowOf(target);
      if (row) touched.add(row);
    }
    if (removed) prune();
    touched.forEach(readRow);
    if (changed) notify();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const reread = (row: Element): void => {
    changed = false;
    readRow(row);
    if (changed) notify();
  };

  const onInput = (event: Event): void => {
    const row = event.target && typeof event.target === 'object' && 'nodeType' in event.target ? rowOf(event.target as Node) : null;
    if (row) reread(row);
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);

  const readsValues = orders.itemName.read === 'value' || orders.itemName.read === 'auto';
  const poll = readsValues
    ? setInterval(() => {
        changed = false;
        prune();
        seen.forEach(readRow);
        if (changed) notify();
      }, VALUE_POLL_MS)
    : undefined;

  const inDocumentOrder = (a: WatchedRow, b: WatchedRow): number =>
    a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1;

  return {
    count: () => live.size,
    rows: () => [...live.values()].filter((row) => row.element.isConnected && inContainer(row.element)).sort(inDocumentOrder),
    disconnect: () => {
      observer.disconnect();
      if (poll !== undefined) clearInterval(poll);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
    },
  };
}
