// Watches the order grid for rows the page adds or removes by script. Only added and removed nodes
// are looked at (no full rescans); a row's name is re-read when its name cell changes (inline
// edits), and input/change events catch values set by typing. Our own injected markers are ignored.
//
// What is observed is chosen so that a busy grid's other cells cost nothing: each watched row's
// name cell (with everything inside it), and, for child changes only, every element from that
// cell's parent up to the document (the row, its body, the table, the container, the page). A
// status or price cell that page script rewrites every frame is none of these, so the browser
// delivers no record for it at all. (Observing the whole document, as this did before, delivered
// every such change to the content script: in `npm run bench` that alone cost a 1,000-row grid
// redrawn every frame ~2% of its main thread, in record delivery and garbage collection.)
//
// Grids re-render their body (layui's `reloadData` replaces the table), dialogs build their grid on
// first open, and a screen may carry several order grids (检验 / 检查 tabs): every element matching
// `orders.container` counts, whenever it appears. An added subtree under any observed element is
// searched for rows and containers; a container with no watched row yet is observed whole until it
// has one; and a rescan once a second finds containers built where nothing is observed (a tab pane
// filled by script). Values that page script sets on inputs fire no mutation and no event, so rows
// whose name is read from an input are re-read on the same slow timer (only for such adapters).
import type { OrderGrid } from '../adapters/adapter-schema.ts';
import { findCell } from './read-grid-cell.ts';
import { readElement } from './read-dom-text.ts';

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

/** The slow timer: containers built where nothing is observed, rows beyond reach, input values. */
const RESCAN_MS = 1000;
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

  // ---- What the observer is registered on (see the top of this file). ----
  // The document's own realm: the grid may sit in another frame than the one this code runs in.
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  // eslint-disable-next-line prefer-const -- assigned below, once the callback exists
  let observer: MutationObserver;
  const WHOLE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const CHILDREN: MutationObserverInit = { childList: true };
  /** Observed with everything inside: name cells (or rows without one), containers not yet holding a watched row. */
  const wholeNodes = new WeakSet<Node>();
  /** Observed for their own children only. */
  const childNodes = new WeakSet<Node>();
  /**
   * Elements observed whole because no watched row is in them yet: containers, and elements added
   * inside a container without rows (a fresh empty body swapped in by jqGrid's clearGridData, a
   * skeleton the grid fills next). Dropped when a row is read inside them or when they leave the page.
   */
  const emptyNodes = new Set<Element>();
  const knownContainers = new WeakSet<Element>();

  const observeChildren = (from: Node | null): void => {
    // Up to the document, every time: a body moved under a new table must bring that table in too.
    for (let node = from; node && node !== doc; node = node.parentNode) {
      if (childNodes.has(node) || wholeNodes.has(node)) continue;
      observer.observe(node, CHILDREN);
      childNodes.add(node);
    }
  };
  const observeWhole = (node: Node): void => {
    if (wholeNodes.has(node)) return;
    observer.observe(node, WHOLE);
    wholeNodes.add(node);
    childNodes.delete(node);
  };
  /** An element that now holds a watched row goes back to child changes only (observe() replaces the options). */
  const settleEmpty = (row: Element): void => {
    for (const node of emptyNodes) {
      if (!node.contains(row)) continue;
      emptyNodes.delete(node);
      wholeNodes.delete(node);
      observer.observe(node, CHILDREN);
      childNodes.add(node);
    }
  };
  const watchEmpty = (node: Element): void => {
    if (emptyNodes.has(node) || wholeNodes.has(node)) return;
    observeWhole(node);
    observeChildren(node.parentNode);
    emptyNodes.add(node);
  };
  /** Empty elements that left the page are not kept (nor their subtrees). */
  const pruneEmpty = (): void => {
    for (const node of emptyNodes) if (!node.isConnected) emptyNodes.delete(node);
  };
  const observeRow = (row: Element, cell: Element | null): void => {
    const target = cell && cell !== row && row.contains(cell) ? cell : row;
    if (target !== row && wholeNodes.has(row)) {
      // Read before its name cell existed (observed whole then): now the cell is enough.
      wholeNodes.delete(row);
      observer.observe(row, CHILDREN);
      childNodes.add(row);
    }
    observeWhole(target);
    observeChildren(target.parentNode);
    if (emptyNodes.size > 0) settleEmpty(row);
  };

  const readRow = (element: Element): void => {
    // A row of a grid that left the page (its name cell may still be edited by page script): gone.
    if (!element.isConnected) return forget(element);
    let key = keys.get(element);
    if (!key) {
      if (seen.size >= MAX_ROWS) return;
      key = `r${++counter}`;
      keys.set(element, key);
    }
    seen.add(element);
    const cell = findCell(element, orders.itemName);
    observeRow(element, cell);
    const name = cell ? readElement(cell, orders.itemName) : undefined;
    if (name) setLive({ key, element, name, cell });
    else deleteLive(key);
  };

  /** A container met for the first time: its rows read; observed whole while it has none. */
  const meetContainer = (container: Element): void => {
    if (knownContainers.has(container)) return;
    knownContainers.add(container);
    observeChildren(container.parentNode);
    let holdsRow = false;
    container.querySelectorAll(orders.row).forEach((row) => {
      if (!inContainer(row)) return;
      readRow(row);
      holdsRow ||= seen.has(row);
    });
    if (holdsRow) observeChildren(container);
    else watchEmpty(container);
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
    if (node.matches(orders.container)) meetContainer(node);
    let found = false;
    if (node.firstElementChild) {
      node.querySelectorAll(orders.container).forEach(meetContainer);
      node.querySelectorAll(orders.row).forEach((row) => {
        if (!inContainer(row)) return;
        into.add(row);
        found = true;
      });
    }
    // Added inside a grid with no row in it yet (a fresh empty body): watched whole until rows come.
    if (!enclosing && !found && node.parentElement?.closest(orders.container)) watchEmpty(node);
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

  const forget = (element: Element): void => {
    if (element.isConnected && inContainer(element)) return;
    seen.delete(element);
    const key = keys.get(element);
    if (key) deleteLive(key);
  };

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

  observer = new Observer((mutations) => {
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    for (const mutation of mutations) {
      // (A marker's own content sits in a closed shadow root, which this observer never sees.)
      if (onlyMarkers(mutation)) continue;
      const row = rowOf(mutation.target);
      // A row beyond the watched maximum, changing inside a container observed whole: nothing of ours is there.
      if (row && !keys.has(row) && seen.size >= MAX_ROWS) continue;
      if (row) touched.add(row);
      mutation.addedNodes.forEach((node) => collectRows(node, touched));
      mutation.removedNodes.forEach((node) => collectRemoved(node, removed));
    }
    // Only the rows that went are checked (a row moved within the grid is still connected).
    removed.forEach(forget);
    touched.forEach(readRow);
    if (emptyNodes.size > 0) pruneEmpty();
    notify();
  });

  // The page itself, for child changes only: a dialog appended to the body, a frame's body replaced.
  observeChildren(doc.body ?? doc.documentElement);
  doc.querySelectorAll(orders.container).forEach(meetContainer);
  namesChanged = false;
  pendingTouched.clear();
  pendingRemoved.length = 0;

  const onInput = (event: Event): void => {
    const row = event.target && typeof event.target === 'object' && 'nodeType' in event.target ? rowOf(event.target as Node) : null;
    if (!row) return;
    readRow(row);
    notify();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);

  const readsValues = orders.itemName.read === 'value' || orders.itemName.read === 'auto';
  const rescan = setInterval(() => {
    // Rows of a grid that left the page unobserved (moved out, then removed) are forgotten; containers
    // built where nothing is observed are met; rows no observed element led to are read (below the
    // maximum only).
    seen.forEach(forget);
    pruneEmpty();
    doc.querySelectorAll(orders.container).forEach(meetContainer);
    if (seen.size < MAX_ROWS) {
      doc.querySelectorAll(orders.row).forEach((row) => {
        if (!seen.has(row) && inContainer(row)) readRow(row);
      });
    }
    if (readsValues) {
      // Values set by page script fire nothing: re-read these rows, but report only real changes.
      const before = new Map([...live.values()].map((row) => [row.key, row.name]));
      seen.forEach(readRow);
      for (const row of [...pendingTouched.values()]) if (before.get(row.key) === row.name) pendingTouched.delete(row.key);
    }
    notify();
  }, RESCAN_MS);

  const inDocumentOrder = (a: WatchedRow, b: WatchedRow): number =>
    a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1;

  return {
    count: () => live.size,
    names: () => [...nameCounts.keys()],
    liveRows: () => [...live.values()],
    rows: () => [...live.values()].filter((row) => row.element.isConnected && inContainer(row.element)).sort(inDocumentOrder),
    disconnect: () => {
      observer.disconnect();
      clearInterval(rescan);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
    },
  };
}
