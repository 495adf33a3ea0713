// Which rows carry a marker, given the background's verdict per item name.
//
// The background judges names, not rows (the same item on two rows is one question), so a row the
// grid adds or redraws with a name already judged is marked from here, with no message.
//
// Long grids (over QUIET_MARKER_MAX_ROWS rows: a work list or a long-term order sheet, not one
// visit's new orders) get one marker per item, on the first row that carries it, and no quiet
// "no prior" markers: a hundred markers restating one daily order are noise to the doctor (the panel
// lists every item once), and they cost a grid redrawn every frame more than everything else the
// extension does there (`npm run bench`, docs/benchmarks.md). When that row goes, the next row with
// the item takes the marker. There the marker floats after the item text rather than widening its
// cell (row-marker.ts): a cell changing width makes the browser lay the whole grid out again.
import type { OrderMarker } from '../messaging/protocol.ts';
import type { WatchedRow } from './order-row-watcher.ts';
import { markRow, unmarkRow, type MarkerTone } from './row-marker.ts';

/** Above this many rows a grid is a list being worked through, not one patient's new orders. */
export const QUIET_MARKER_MAX_ROWS = 50;

const TONES: Partial<Record<OrderMarker['status'], MarkerTone>> = {
  required: 'required',
  optional: 'optional',
  exempt: 'exempt',
  'not-eligible': 'info',
  // A listed item without a prior: a quiet marker that opens the panel to enter a paper result.
  'no-prior': 'info',
};

/** Whether an order's status deserves a marker at all (and so the panel, if asked). */
export function hasMarker(status: OrderMarker['status']): boolean {
  return TONES[status] !== undefined;
}

export interface NameMarkers {
  /** The verdicts of a new reply (empty map: none), then every row marked afresh. */
  replace(markers: ReadonlyMap<string, OrderMarker>, rows: readonly WatchedRow[], rowCount: number): void;
  /** Rows added or redrawn since the last pass. */
  markTouched(rows: Iterable<WatchedRow>, allRows: () => readonly WatchedRow[], rowCount: number): void;
  /** Rows that went: an item whose marked row went gets its marker on another row. */
  rowsRemoved(rows: readonly WatchedRow[], allRows: () => readonly WatchedRow[], rowCount: number): void;
  /** Every marker off (another patient is on screen), on whichever rows carry one. */
  clear(): void;
  /**
   * Whether these changes can alter any marker (cheap, no DOM writes): a row carrying one, or a row
   * that could take one. On a long grid most redrawn rows are neither, and then no pass is run.
   */
  needsPass(touched: readonly WatchedRow[], removed: readonly WatchedRow[], rowCount: number): boolean;
}

export function createNameMarkers(onOpen: () => void): NameMarkers {
  let markers: ReadonlyMap<string, OrderMarker> = new Map();
  /** Long grids: the row carrying each item's marker, and the item each such row carries it for. */
  const markedRow = new Map<string, Element>();
  const markedFor = new WeakMap<Element, string>();
  let lastQuiet = true;

  const toneOf = (name: string, quiet: boolean): { marker: OrderMarker; tone: MarkerTone } | undefined => {
    const marker = markers.get(name);
    const tone = marker && (marker.status !== 'no-prior' || quiet) ? TONES[marker.status] : undefined;
    return marker && tone ? { marker, tone: marker.decided ? 'info' : tone } : undefined;
  };

  // Every row that carries a marker, watched or not any more: clearing must reach them all.
  const carrying = new Set<Element>();
  const unmark = (element: Element): void => {
    unmarkRow(element);
    carrying.delete(element);
  };

  const markOne = (row: WatchedRow, quiet: boolean): void => {
    const found = toneOf(row.name, quiet);
    if (found && (quiet || takesMarker(row))) {
      markRow(row.element, row.cell ?? row.element, found.tone, found.marker.label, onOpen, !quiet);
      carrying.add(row.element);
    } else unmark(row.element);
  };

  /** Long grids: whether this row is (or now becomes) the one carrying its item's marker. */
  const takesMarker = (row: WatchedRow): boolean => {
    const holder = markedRow.get(row.name);
    if (holder && holder !== row.element && holder.isConnected && markedFor.get(holder) === row.name) return false;
    markedRow.set(row.name, row.element);
    markedFor.set(row.element, row.name);
    return true;
  };

  /** An item lost the row carrying its marker: the first other row with it takes it. */
  const handOver = (name: string, allRows: () => readonly WatchedRow[], quiet: boolean): void => {
    markedRow.delete(name);
    if (quiet || !toneOf(name, quiet)) return;
    const next = allRows().find((row) => row.name === name && row.element.isConnected);
    if (next) markOne(next, quiet);
  };

  const markAll = (rows: readonly WatchedRow[], quiet: boolean): void => {
    markedRow.clear();
    lastQuiet = quiet;
    const live = new Set(rows.map((row) => row.element));
    for (const element of [...carrying]) if (!live.has(element)) unmark(element);
    for (const row of rows) markOne(row, quiet);
  };

  return {
    replace(next, rows, rowCount) {
      markers = next;
      markAll(rows, rowCount <= QUIET_MARKER_MAX_ROWS);
    },
    markTouched(rows, allRows, rowCount) {
      const quiet = rowCount <= QUIET_MARKER_MAX_ROWS;
      // The grid crossed the threshold: which rows carry markers changes everywhere.
      if (quiet !== lastQuiet) return markAll(allRows(), quiet);
      for (const row of rows) {
        if (!row.element.isConnected) continue;
        // A row that carried another item's marker and was renamed hands that marker on.
        const carried = markedFor.get(row.element);
        if (!quiet && carried !== undefined && carried !== row.name && markedRow.get(carried) === row.element) {
          markedFor.delete(row.element);
          handOver(carried, allRows, quiet);
        }
        markOne(row, quiet);
      }
    },
    rowsRemoved(rows, allRows, rowCount) {
      const quiet = rowCount <= QUIET_MARKER_MAX_ROWS;
      for (const row of rows) {
        unmark(row.element);
        if (!quiet && markedRow.get(row.name) === row.element) handOver(row.name, allRows, quiet);
      }
    },
    needsPass(touched, removed, rowCount) {
      const quiet = rowCount <= QUIET_MARKER_MAX_ROWS;
      if (quiet !== lastQuiet) return true;
      for (const row of removed) if (carrying.has(row.element)) return true;
      for (const row of touched) {
        if (carrying.has(row.element)) return true;
        if (!toneOf(row.name, quiet)) continue;
        if (quiet) return true;
        // Long grid: only if its item has no row carrying the marker now.
        const holder = markedRow.get(row.name);
        if (!holder || !holder.isConnected || !carrying.has(holder) || markedFor.get(holder) !== row.name) return true;
      }
      return false;
    },
    clear() {
      markers = new Map();
      markedRow.clear();
      for (const element of [...carrying]) unmark(element);
    },
  };
}
