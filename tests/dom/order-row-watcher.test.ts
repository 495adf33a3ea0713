import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { watchOrderRows } from '../../lib/content/order-row-watcher.ts';
import { trainingHisAdapter } from '../../lib/adapters/training-his-adapter.ts';
import { markRow } from '../../lib/content/row-marker.ts';

const fixture = readFileSync(fileURLToPath(import.meta.url).replace(/[^/]+$/, 'fixtures/order-frame-plain-table.html'), 'utf8');

function addRow(name: string): HTMLTableRowElement {
  const tbody = document.querySelector('#orderGrid tbody')!;
  const row = document.createElement('tr');
  row.className = 'order-row';
  // Grids build rows cell by cell, as the page's own script would.
  for (const [cls, text] of [['col-seq', String(tbody.children.length + 1)], ['col-item', name], ['col-status', '新开']]) {
    const cell = document.createElement('td');
    cell.className = cls!;
    cell.textContent = text!;
    row.append(cell);
  }
  tbody.append(row);
  return row;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('order row watcher', () => {
  beforeEach(() => {
    document.body.innerHTML = fixture;
  });

  it('reads the rows present at start and the rows added by script, coalescing bursts', async () => {
    let changes = 0;
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => changes++);
    expect(watcher.rows().map((row) => row.name)).toEqual(['血常规']);
    addRow('左侧膝关节磁共振平扫成像');
    addRow('胸部CT平扫');
    await flush();
    expect(changes).toBe(1);
    expect(watcher.rows().map((row) => row.name)).toEqual(['血常规', '左侧膝关节磁共振平扫成像', '胸部CT平扫']);
    watcher.disconnect();
  });

  it('drops removed rows and re-reads an edited row under the same key', async () => {
    let changes = 0;
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => changes++);
    const row = addRow('头颅CT平扫');
    await flush();
    const key = watcher.rows().find((r) => r.name === '头颅CT平扫')!.key;
    row.querySelector('td.col-item')!.textContent = '头颅CT增强';
    await flush();
    expect(watcher.rows().find((r) => r.key === key)?.name).toBe('头颅CT增强');
    row.remove();
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['血常规']);
    expect(changes).toBe(3);
    watcher.disconnect();
  });

  it('ignores its own row markers and leaves the cell text the page reads unchanged', async () => {
    let changes = 0;
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => changes++);
    const row = document.querySelector('tr.order-row')!;
    const cell = row.querySelector('td.col-item')!;
    markRow(row, cell, 'required', '互认·勿重复');
    await flush();
    expect(changes).toBe(0);
    expect(cell.textContent).toBe('血常规');
    expect(watcher.rows()[0]?.name).toBe('血常规');
    watcher.disconnect();
  });

  it('reads item names held in input values (inline-edit rows)', async () => {
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, { row: 'tr.order-row', container: '#orderGrid tbody', itemName: { selector: 'td.col-item input', read: 'value' } }, () => undefined);
    const row = addRow('');
    const input = document.createElement('input');
    row.querySelector('td.col-item')!.append(input);
    await flush();
    input.value = '腰椎MR平扫';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(watcher.rows().map((r) => r.name)).toContain('腰椎MR平扫');
    watcher.disconnect();
  });
});
