// How the reader interprets an adapter on grids that change under it: a grid that appears later (a
// dialog), a body re-drawn wholesale (layui reloadData), two grids at once (检验 / 检查 tabs), values
// set by script without any event, and the read modes and frame paths of the schema.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderGrid } from '../../lib/adapters/adapter-schema.ts';
import { watchOrderGrid } from '../../lib/content/order-row-watcher.ts';
import { frameDocument, readElement } from '../../lib/content/read-dom-text.ts';
import { readCell } from '../../lib/content/read-grid-cell.ts';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const byField: OrderGrid = {
  container: '.grid-body',
  row: 'tr[data-index]',
  itemName: { column: { header: '.grid-head th', text: ['项目名称'], key: { attribute: 'data-field' }, cells: 'td', scope: '.grid' }, read: 'text' },
};

function gridHtml(names: string[], field = 'xmmc'): string {
  const rows = names.map((name, index) => `<tr data-index="${index}"><td data-field="0">${index + 1}</td><td data-field="${field}">${name}</td></tr>`).join('');
  return `<div class="grid"><table class="grid-head"><tr><th data-field="0">序号</th><th data-field="${field}">项目名称</th></tr></table>` +
    `<div class="grid-body"><table><tbody>${rows}</tbody></table></div></div>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watching grids that change', () => {
  it('picks up a grid that only appears later (a dialog opened after load)', async () => {
    let changes = 0;
    const watcher = watchOrderGrid(document, byField, () => changes++);
    expect(watcher.rows()).toEqual([]);
    const dialog = document.createElement('div');
    dialog.innerHTML = gridHtml(['头颅CT平扫']);
    document.body.append(dialog);
    await flush();
    expect(watcher.rows().map((row) => row.name)).toEqual(['头颅CT平扫']);
    expect(changes).toBe(1);
    watcher.disconnect();
  });

  it('follows a body re-drawn wholesale: old rows go, new rows come with new keys', async () => {
    document.body.innerHTML = gridHtml(['血常规']);
    const watcher = watchOrderGrid(document, byField, () => undefined);
    const [first] = watcher.rows();
    document.querySelector('.grid')!.outerHTML = gridHtml(['血常规', '胸部CT平扫']);
    await flush();
    const rows = watcher.rows();
    expect(rows.map((row) => row.name)).toEqual(['血常规', '胸部CT平扫']);
    expect(rows.map((row) => row.key)).not.toContain(first!.key);
    expect(rows.every((row) => row.cell?.getAttribute('data-field') === 'xmmc')).toBe(true);
    watcher.disconnect();
  });

  it('watches every matching container (two order tabs, one of them hidden)', () => {
    document.body.innerHTML = `<div id="tabLab">${gridHtml(['肝功能'])}</div><div id="tabExam" style="display:none">${gridHtml(['腰椎MR平扫'], 'itemName')}</div>`;
    const watcher = watchOrderGrid(document, byField, () => undefined);
    expect(watcher.rows().map((row) => row.name)).toEqual(['肝功能', '腰椎MR平扫']);
    watcher.disconnect();
  });

  it('re-reads input values that page script sets without any event', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    document.body.innerHTML = '<table id="t"><tbody><tr class="title"><td>项目名称</td></tr><tr class="data"><td><input readonly></td></tr></tbody></table>';
    const orders: OrderGrid = {
      container: '#t > tbody',
      row: 'tr.data',
      itemName: { column: { header: '#t tr.title > td', text: ['项目名称'], key: 'position', cells: ':scope > td' }, read: 'auto' },
    };
    let changes = 0;
    const watcher = watchOrderGrid(document, orders, () => changes++);
    (document.querySelector('tr.data input') as HTMLInputElement).value = '尿常规';
    expect(watcher.rows()).toEqual([]);
    vi.advanceTimersByTime(1000);
    await flush();
    expect(watcher.rows().map((row) => row.name)).toEqual(['尿常规']);
    expect(changes).toBe(1);
    watcher.disconnect();
  });
});

describe('reading a cell', () => {
  it('by header position, by a shared class token, and not at all when the header is missing', () => {
    document.body.innerHTML =
      '<div class="g"><table><tr><td class="h c-td-0">编码</td><td class="h c-td-1">项目名称</td></tr></table>' +
      '<div class="r"><table><tr><td class="c c-td-0">X1</td><td class="c c-td-1">心电图</td></tr></table></div></div>';
    const row = document.querySelector('.r tr')!;
    const column = { header: 'td.h', text: ['项目名称'], cells: 'td.c', scope: '.g' };
    expect(readCell(row, { column: { ...column, key: 'position' }, read: 'text' })).toBe('心电图');
    expect(readCell(row, { column: { ...column, key: { classPrefix: 'c-td-' } }, read: 'text' })).toBe('心电图');
    expect(readCell(row, { column: { ...column, text: ['医嘱名称'], key: 'position' }, read: 'text' })).toBeUndefined();
  });

  it('compares header texts without spaces, colons or a required-field star', () => {
    document.body.innerHTML = '<table><tr><th>序号</th><th> 项目 名称：* </th></tr><tr class="x"><td>1</td><td>血型鉴定</td></tr></table>';
    const row = document.querySelector('tr.x')!;
    expect(readCell(row, { column: { header: 'th', text: ['项目名称'], key: 'position', cells: ':scope > td' }, read: 'text' })).toBe('血型鉴定');
  });

  it.each([
    ['<select><option value="101">血常规</option><option value="102" selected>尿常规</option></select>', { read: 'auto' as const }, '尿常规'],
    ['<span title="左侧膝关节磁共振平扫成像">左侧膝关节磁共…</span>', { read: 'attribute' as const, attribute: 'title' }, '左侧膝关节磁共振平扫成像'],
    ['<span>门诊号：MZ20260001　费别：自费</span>', { read: 'text' as const, pattern: 'MZ\\d+' }, 'MZ20260001'],
    ['<span>无门诊号</span>', { read: 'text' as const, pattern: '门诊号[:：](\\w+)' }, undefined],
    ['<div style="display:none"> 隐藏 的\u3000文字 </div>', { read: 'text' as const }, '隐藏 的 文字'],
  ])('%s read as %o', (html, rule, expected) => {
    document.body.innerHTML = `<div id="cell">${html}</div>`;
    const element = document.querySelector('#cell')!;
    expect(readElement(rule.read === 'auto' ? element : element.firstElementChild!, rule)).toBe(expected);
  });
});

describe('frame paths', () => {
  it('walk down from top by frame name or id, and give nothing for a missing frame', () => {
    document.body.innerHTML = '<iframe name="banner"></iframe><iframe id="work"></iframe>';
    const [banner, work] = Array.from(document.querySelectorAll('iframe'));
    banner!.contentDocument!.body.innerHTML = '<span id="no">MZ20260001</span>';
    const workWindow = work!.contentWindow!;
    expect(frameDocument(workWindow, { from: 'top', path: ['banner'] })?.querySelector('#no')?.textContent).toBe('MZ20260001');
    expect(frameDocument(workWindow, { from: 'parent', path: ['work'] })).toBe(work!.contentDocument);
    expect(frameDocument(workWindow, { from: 'top', path: ['banner', 'inner'] })).toBeUndefined();
    expect(frameDocument(workWindow, 'self')).toBe(work!.contentDocument);
  });

  it('reach a banner nested two iframes deep, from the top or from a sibling', () => {
    document.body.innerHTML = '<iframe name="outer"></iframe>';
    const outer = document.querySelector('iframe')!.contentDocument!;
    outer.body.innerHTML = '<iframe name="inner"></iframe><iframe name="work"></iframe>';
    const [inner, work] = Array.from(outer.querySelectorAll('iframe'));
    inner!.contentDocument!.body.innerHTML = '<span id="no">MZ20260005</span>';
    const workWindow = work!.contentWindow!;
    expect(frameDocument(workWindow, { from: 'top', path: ['outer', 'inner'] })).toBe(inner!.contentDocument);
    expect(frameDocument(workWindow, { from: 'parent', path: ['inner'] })?.querySelector('#no')?.textContent).toBe('MZ20260005');
  });
});
