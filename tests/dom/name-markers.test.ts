// Which rows carry a marker on a long grid, and when a batch of grid changes needs a marking pass
// at all (a busy grid redrawing rows that carry none must cost no pass).
import { beforeEach, describe, expect, it } from 'vitest';
import { createNameMarkers } from '../../lib/content/name-markers.ts';
import type { WatchedRow } from '../../lib/content/order-row-watcher.ts';
import type { OrderMarker } from '../../lib/messaging/protocol.ts';

const LONG = 200;
const QUIET = 5;

function rowOf(key: string, name: string): WatchedRow {
  const element = document.createElement('tr');
  const cell = document.createElement('td');
  cell.textContent = name;
  element.append(cell);
  document.querySelector('tbody')!.append(element);
  return { key, element, name, cell };
}

const verdicts = new Map<string, OrderMarker>([
  ['血常规', { order: '血常规', status: 'required', label: '可互认', decided: false }],
  ['尿常规', { order: '尿常规', status: 'unmatched', label: '', decided: false }],
]);

beforeEach(() => {
  document.body.innerHTML = '<table><tbody></tbody></table>';
});

describe('name markers on a long grid', () => {
  it('marks one row per item and needs no pass for other rows of it, or rows of unmarked items', () => {
    const marks = createNameMarkers(() => undefined);
    const rows = [rowOf('r1', '血常规'), rowOf('r2', '血常规'), rowOf('r3', '尿常规')];
    marks.replace(verdicts, rows, LONG);
    expect(rows.map((row) => row.cell!.querySelector('hrb-row-marker') !== null)).toEqual([true, false, false]);
    const another = rowOf('r4', '血常规');
    expect(marks.needsPass([another, rows[2]!], [], LONG)).toBe(false);
    // The row carrying the marker, redrawn or removed: a pass is needed.
    expect(marks.needsPass([rows[0]!], [], LONG)).toBe(true);
    expect(marks.needsPass([], [rows[0]!], LONG)).toBe(true);
    // The carrying row gone from the page: the next row of the item must take the marker.
    rows[0]!.element.remove();
    expect(marks.needsPass([another], [], LONG)).toBe(true);
  });

  it('needs a pass on a short grid for any row of a marked item, and when the grid crosses the threshold', () => {
    const marks = createNameMarkers(() => undefined);
    const rows = [rowOf('r1', '血常规')];
    marks.replace(verdicts, rows, QUIET);
    expect(marks.needsPass([rowOf('r2', '血常规')], [], QUIET)).toBe(true);
    expect(marks.needsPass([rowOf('r3', '尿常规')], [], QUIET)).toBe(false);
    expect(marks.needsPass([], [], LONG)).toBe(true);
  });
});
