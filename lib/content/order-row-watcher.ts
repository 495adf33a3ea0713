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

/** One coalesced batch of changes, handed to the session. */
export interface RowChange {
  /** Rows that appeared or whose subtree changed (their marker may have been wiped by a re-render). */
  touched: WatchedRow[];
  /** The set of distinct item names on the grid changed: only then is there anything new to judge. */
  namesChanged: boolean;
  /** Rows that went (or lost their name) since the last notification. */
  removed: WatchedRow[];
}

export interface OrderRowWatcher {
  rows(): WatchedRow[];
  /** How many rows are watched (cheap: no sorting, no DOM reads). */
  count(): number;
  /** The distinct item names on the grid, in the order they were first seen (cheap). */
  names(): string[];
  /** The watched rows in no particular order (cheap: no sorting, no DOM reads). */
  liveRows(): WatchedRow[];
  disconnect(): void;
}

export const MARKER_ATTRIBUTE = 'data-hrb-marker';

const VALUE_POLL_MS = 1000;
const MAX_ROWS = 500;

function isElement(node: Node): node is Element {
  // Not `instanceof Element`: nodes of another frame's document belong to another realm.
  return node.nodeType === 1;
}

const isMarker = (node: Node): boolean => isElement(node) && node.hasAttribute(MARKER_ATTRIBUTE);

/** Our own marker going in or out (the session re-marking a row) is no change of the grid. */
function onlyMarkers(mutation: MutationRecord): boolean {
  if (mutation.type !== 'childList') return isMarker(mutation.target);
  const { addedNodes, removedNodes } = mutation;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if (!isMarker(addedNodes[i]!)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isMarker(removedNodes[i]!)) return false;
  return true;
}

/** Watches the order rows of `container`'s document (see above: every matching container). */
export function watchOrderRows(container: Element, orders: OrderGrid, onChange: (change: RowChange) => void): OrderRowWatcher {
  return watchOrderGrid(container.ownerDocument, orders, onChange);
}

export function watchOrderGrid(doc: Document, orders: OrderGrid, onChange: (change: RowChange) => void): OrderRowWatcher {
  const keys = new WeakMap<Element, string>();
  const seen = new Set<Element>();
  const live = new Map<string, WatchedRow>();
  // How many live rows carry each name, in the order names were first seen: a busy grid that
  // re-renders, removes and re-adds rows of the same items changes no entry here, and then there is
  // nothing new to ask the background (see his-session).
  const nameCounts = new Map<string, number>();
  let counter = 0;
  // What the next notification carries; reset when it is delivered.
  let namesChanged = false;
  // By row key: a row re-read twice before delivery is one entry, its latest reading.
  const pendingTouched = new Map<string, WatchedRow>();
  const pendingRemoved: WatchedRow[] = [];

  const countName = (name: string, delta: 1 | -1): void => {
    const count = (nameCounts.get(name) ?? 0) + delta;
    if (count > 0) nameCounts.set(name, count);
    else nameCounts.delete(name);
    if (count === 0 || (delta === 1 && count === 1)) namesChanged = true;
  };
  const setLive = (row: WatchedRow): void => {
    const previous = live.get(row.key);
    if (previous?.name !== row.name) {
      if (previous) countName(previous.name, -1);
      countName(row.name, 1);
    }
    live.set(row.key, row);
    pendingTouched.set(row.key, row);
  };
  const deleteLive = (key: string): void => {
    const previous = live.get(key);
    if (!previous) return;
    live.delete(key);
    pendingTouched.delete(key);
    pendingRemoved.push(previous);
    countName(previous.name, -1);
  };

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
    if (name) setLive({ key, element, name, cell: findCell(element, orders.itemName) });
    else deleteLive(key);
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

  /** Watched rows among removed nodes (the node itself, or rows inside a removed body or table). */
  const collectRemoved = (node: Node, into: Set<Element>): void => {
    if (!isElement(node)) return;
    if (seen.has(node)) into.add(node);
    if (!node.firstElementChild || node.hasAttribute(MARKER_ATTRIBUTE)) return;
    node.querySelectorAll(orders.row).forEach((row) => {
      if (seen.has(row)) into.add(row);
    });
  };

  /**
   * A change inside a watched row that cannot touch its item name or marker: a status or price cell
   * beside the name cell. Busy grids update such cells every frame; they cost nothing more here.
   */
  const besideNameCell = (row: Element, target: Node): boolean => {
    const key = keys.get(row);
    const cell = key ? live.get(key)?.cell : undefined;
    if (!cell || cell === row || !cell.isConnected || cell.parentElement !== row) return false;
    const beside = target !== row && !cell.contains(target);
    if (beside && key && target.parentNode === row) besideCells.set(target, key);
    return beside;
  };
  // Cells found beside a name cell, remembered by their row's key (no DOM node held in the values):
  // the same status cells change frame after frame, and checking that one is still where it was is
  // cheaper than finding its row again. (Checked with forced GCs: removed rows are not kept.)
  const besideCells = new WeakMap<Node, string>();
  const knownBeside = (target: Node): boolean => {
    const key = besideCells.get(target);
    const row = key === undefined ? undefined : live.get(key);
    return Boolean(row?.cell && target.parentNode === row.element && row.cell.parentNode === row.element);
  };

  const forget = (element: Element): void => {
    if (element.isConnected && inContainer(element)) return;
    seen.delete(element);
    const key = keys.get(element);
    if (key) deleteLive(key);
  };

  doc.querySelectorAll(orders.row).forEach((row) => {
    if (inContainer(row)) readRow(row);
  });
  namesChanged = false;
  pendingTouched.clear();
  pendingRemoved.length = 0;

  let scheduled = false;
  const notify = (): void => {
    if (scheduled || (!namesChanged && pendingTouched.size === 0 && pendingRemoved.length === 0)) return;
    scheduled = true;
    // Grids add rows in bursts (one mutation per cell); coalesce them into one notification.
    queueMicrotask(() => {
      scheduled = false;
      const change: RowChange = { touched: [...pendingTouched.values()], namesChanged, removed: pendingRemoved.splice(0) };
      namesChanged = false;
      pendingTouched.clear();
      onChange(change);
    });
  };

  // The document's own realm: the grid may sit in another frame than the one this code runs in.
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((mutations) => {
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    for (const mutation of mutations) {
      // (A marker's own content sits in a closed shadow root, which this observer never sees.)
      const target = mutation.target;
      if (knownBeside(target)) continue;
      const row = rowOf(target);
      if (row && besideNameCell(row, target)) continue;
      // A row beyond the watched maximum, changing inside: nothing of ours is there.
      if (row && row !== target && !keys.has(row) && seen.size >= MAX_ROWS) continue;
      if (onlyMarkers(mutation)) continue;
      if (row) touched.add(row);
      mutation.addedNodes.forEach((node) => collectRows(node, touched));
      mutation.removedNodes.forEach((node) => collectRemoved(node, removed));
    }
    // Only the rows that went are checked (a row moved within the grid is still connected).
    removed.forEach(forget);
    touched.forEach(readRow);
    notify();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onInput = (event: Event): void => {
    const row = event.target && typeof event.target === 'object' && 'nodeType' in event.target ? rowOf(event.target as Node) : null;
    if (!row) return;
    readRow(row);
    notify();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);

  const readsValues = orders.itemName.read === 'value' || orders.itemName.read === 'auto';
  const poll = readsValues
    ? setInterval(() => {
        // Values set by page script fire nothing: re-read these rows, but report only real changes.
        const before = new Map([...live.values()].map((row) => [row.key, row.name]));
        seen.forEach(forget);
        seen.forEach(readRow);
        for (const row of [...pendingTouched.values()]) if (before.get(row.key) === row.name) pendingTouched.delete(row.key);
        notify();
      }, VALUE_POLL_MS)
    : undefined;

  const inDocumentOrder = (a: WatchedRow, b: WatchedRow): number =>
    a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1;

  return {
    count: () => live.size,
    names: () => [...nameCounts.keys()],
    liveRows: () => [...live.values()],
    rows: () => [...live.values()].filter((row) => row.element.isConnected && inContainer(row.element)).sort(inDocumentOrder),
    disconnect: () => {
      observer.disconnect();
      if (poll !== undefined) clearInterval(poll);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
    },
  };
}
