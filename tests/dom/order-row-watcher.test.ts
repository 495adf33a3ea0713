import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { watchOrderGrid, watchOrderRows } from '../../lib/content/order-row-watcher.ts';
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

describe('order row watcher on grids that change under it', () => {
  beforeEach(() => {
    document.body.innerHTML = fixture;
  });

  it('reports nothing for cells beside the item name, however often the page rewrites them', async () => {
    let changes = 0;
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => changes++);
    const row = addRow('胸部CT平扫');
    await flush();
    expect(changes).toBe(1);
    for (let frame = 0; frame < 10; frame++) {
      for (const status of document.querySelectorAll('td.col-status')) status.textContent = frame % 2 ? '已缴费' : '待执行';
    }
    await flush();
    expect(changes).toBe(1);
    row.querySelector('td.col-item')!.textContent = '胸部CT增强';
    await flush();
    expect(changes).toBe(2);
    expect(watcher.rows().map((r) => r.name)).toEqual(['血常规', '胸部CT增强']);
    watcher.disconnect();
  });

  it('follows a name cell the grid replaces, and rows under a body the grid adds to the table', async () => {
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => undefined);
    const row = document.querySelector('tr.order-row')!;
    const fresh = document.createElement('td');
    fresh.className = 'col-item';
    fresh.textContent = '尿常规';
    row.replaceChild(fresh, row.querySelector('td.col-item')!);
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['尿常规']);
    // The replacement cell is watched in turn.
    fresh.textContent = '尿沉渣';
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['尿沉渣']);
    // A second body (the grid paging in more rows) matches the container too.
    const body = document.createElement('tbody');
    body.innerHTML = '<tr class="order-row"><td class="col-seq">2</td><td class="col-item">心电图</td><td class="col-status">新开</td></tr>';
    document.querySelector('#orderGrid')!.append(body);
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['尿沉渣', '心电图']);
    watcher.disconnect();
  });

  it('reads a row whose name cell the page fills in after adding the row', async () => {
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => undefined);
    const row = document.createElement('tr');
    row.className = 'order-row';
    document.querySelector('#orderGrid tbody')!.append(row);
    await flush();
    const cell = document.createElement('td');
    cell.className = 'col-item';
    row.append(cell);
    await flush();
    cell.textContent = '凝血四项';
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['血常规', '凝血四项']);
    watcher.disconnect();
  });

  it('reads rows that arrive deep inside an empty grid, and reports nothing for their status cells', async () => {
    document.body.innerHTML = '<div class="pane"><div class="grid"><div class="body"></div></div></div>';
    const orders = { container: '.grid', row: 'tr.r', itemName: { selector: 'td.name', read: 'text' as const } };
    let changes = 0;
    const watcher = watchOrderGrid(document, orders, () => changes++);
    // Rows arrive deep inside the container, under elements that did not exist before.
    document.querySelector('.grid .body')!.innerHTML = '<table><tbody><tr class="r"><td class="name">血脂四项</td><td class="st">新开</td></tr></tbody></table>';
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['血脂四项']);
    document.querySelector('td.st')!.textContent = '已完成';
    await flush();
    expect(changes).toBe(1);
    watcher.disconnect();
  });

  it('sees at once the rows added to a fresh empty body the grid swaps in (jqGrid clearGridData)', async () => {
    const orders = { ...trainingHisAdapter.orders, container: '#orderGrid' };
    const watcher = watchOrderGrid(document, orders, () => undefined);
    const old = document.querySelector('#orderGrid tbody')!;
    const fresh = document.createElement('tbody');
    old.replaceWith(fresh);
    await flush();
    expect(watcher.names()).toEqual([]);
    addRow('甲功三项');
    await flush();
    expect(watcher.names()).toEqual(['甲功三项']);
    watcher.disconnect();
  });

  it('forgets a grid that left the page, even when page script edits its cells afterwards', async () => {
    const watcher = watchOrderRows(document.querySelector('#orderGrid tbody')!, trainingHisAdapter.orders, () => undefined);
    const table = document.querySelector('#orderGrid')!;
    table.remove();
    await flush();
    expect(watcher.names()).toEqual([]);
    table.querySelector('td.col-item')!.textContent = '胸部CT平扫';
    await flush();
    expect(watcher.names()).toEqual([]);
    expect(watcher.rows()).toEqual([]);
    watcher.disconnect();
  });

  it('finds at once a grid that page script builds in a tab pane', async () => {
    document.body.innerHTML = '<div id="tabs"><div class="pane" id="lab"></div><div class="pane" id="exam"></div></div>';
    const orders = { container: '.grid', row: 'tr.r', itemName: { selector: 'td.name', read: 'text' as const } };
    let changes = 0;
    const watcher = watchOrderGrid(document, orders, () => changes++);
    document.querySelector('#exam')!.innerHTML = '<table class="grid"><tbody><tr class="r"><td class="name">颅脑MR平扫</td></tr></tbody></table>';
    await flush();
    expect(watcher.rows().map((r) => r.name)).toEqual(['颅脑MR平扫']);
    expect(changes).toBe(1);
    watcher.disconnect();
  });
});
