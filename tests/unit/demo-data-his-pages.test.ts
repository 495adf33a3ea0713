// The training HIS pages behave like the legacy screen the extension is built for: rows are added by
// script (picker, quick picks, window.addOrderItem), deleted and submitted without a reload, and the
// shell switches patients without reloading while the order frame clears its grid. Runs the pages'
// own scripts in jsdom (the real-browser check is the e2e tier).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';

// jsdom ships without type declarations (and @types/jsdom is not a dependency): the little we use.
type DomWindow = Window & typeof globalThis;
interface JsdomInstance {
  window: DomWindow;
}
interface JsdomConstructor {
  new (html?: string, options?: Record<string, unknown>): JsdomInstance;
  fromFile(path: string, options?: Record<string, unknown>): Promise<JsdomInstance>;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

const HIS_DIR = fileURLToPath(new URL('../../seeds/training-his/', import.meta.url));

type OrderWindow = DomWindow & {
  addOrderItem(name: string): HTMLTableRowElement | null;
  clearOrders(): void;
};

type ShellWindow = DomWindow & {
  selectPatient(keyOrNo: string): boolean;
  getCurrentPatient(): { name: string; sex: string; age: string } | null;
};

const opened: JsdomInstance[] = [];
afterEach(() => {
  while (opened.length) opened.pop()?.window.close();
});

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

async function open(page: string): Promise<JsdomInstance> {
  const dom = await JSDOM.fromFile(`${HIS_DIR}${page}`, { runScripts: 'dangerously', resources: 'usable', pretendToBeVisual: true });
  opened.push(dom);
  return dom;
}

async function openOrderEntry(): Promise<{ win: OrderWindow; doc: Document }> {
  const dom = await open('order-entry.html');
  const win = dom.window as unknown as OrderWindow;
  await waitFor(() => typeof win.addOrderItem === 'function', 'order-entry.js');
  return { win, doc: win.document };
}

function rows(doc: Document): string[][] {
  return [...doc.querySelectorAll('#orderGrid tbody tr.order-row')].map((tr) =>
    ['col-seq', 'col-item', 'col-type', 'col-dept', 'col-status', 'col-op'].map((cls) => tr.querySelector(`td.${cls}`)?.textContent ?? '∅'),
  );
}

function click(win: DomWindow, el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true }));
}

function type(win: DomWindow, input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new win.Event('input', { bubbles: true }));
}

describe('order-entry.html', () => {
  it('adds rows from the picker (name or pinyin code), the quick picks and addOrderItem', async () => {
    const { win, doc } = await openOrderEntry();
    const input = doc.getElementById('itemInput') as HTMLInputElement;
    type(win, input, '左侧膝关节磁共振平扫成像');
    click(win, doc.getElementById('btnAddItem'));
    type(win, input, 'xcg');
    click(win, doc.getElementById('btnAddItem'));
    click(win, doc.querySelector('#quickPicks a[data-item="胸部CT平扫"]'));
    expect(win.addOrderItem('凝血四项')?.className).toBe('order-row');
    expect(rows(doc)).toEqual([
      ['1', '左侧膝关节磁共振平扫成像', '检查', '放射科MR室', '新开', '删除'],
      ['2', '血常规', '检验', '检验科', '新开', '删除'],
      ['3', '胸部CT平扫', '检查', '放射科CT室', '新开', '删除'],
      ['4', '凝血四项', '检验', '检验科', '新开', '删除'],
    ]);
    expect(input.value).toBe('');
    expect(doc.getElementById('gridEmpty')?.style.display).toBe('none');
  });

  it('offers a dropdown searched by name or pinyin initials, picked with the keyboard', async () => {
    const { win, doc } = await openOrderEntry();
    const input = doc.getElementById('itemInput') as HTMLInputElement;
    type(win, input, '膝关节');
    const dropdown = doc.getElementById('itemDropdown') as HTMLElement;
    expect(dropdown.style.display).toBe('block');
    const names = [...dropdown.querySelectorAll<HTMLTableRowElement>(':scope > table > tbody > tr')].map((tr) => tr.cells[1]?.textContent);
    expect(names).toEqual(['左膝关节MR平扫', '右膝关节MR平扫', '左侧膝关节磁共振平扫成像', '左膝关节MR增强']);
    input.dispatchEvent(new win.KeyboardEvent('keydown', { keyCode: 40, bubbles: true } as KeyboardEventInit));
    input.dispatchEvent(new win.KeyboardEvent('keydown', { keyCode: 40, bubbles: true } as KeyboardEventInit));
    input.dispatchEvent(new win.KeyboardEvent('keydown', { keyCode: 13, bubbles: true } as KeyboardEventInit));
    expect(rows(doc).map((row) => row[1])).toEqual(['右膝关节MR平扫']);
    type(win, input, 'YZ');
    expect([...dropdown.querySelectorAll<HTMLTableRowElement>(':scope > table > tbody > tr')].map((tr) => tr.cells[1]?.textContent)).toEqual(['腰椎正侧位(DR)', '腰椎MR平扫']);
  });

  it('refuses unknown typed names and duplicates with a message box, never window.alert', async () => {
    const { win, doc } = await openOrderEntry();
    let alerted = false;
    win.alert = () => {
      alerted = true;
    };
    const input = doc.getElementById('itemInput') as HTMLInputElement;
    const message = () => doc.querySelector('#msgBox .msg-text')?.textContent ?? '';
    type(win, input, '不存在的项目');
    click(win, doc.getElementById('btnAddItem'));
    expect(message()).toContain('未找到');
    expect(rows(doc)).toHaveLength(0);
    win.addOrderItem('血常规');
    expect(win.addOrderItem('血常规')).toBeNull();
    expect(message()).toContain('不能重复开立');
    expect((doc.getElementById('msgBox') as HTMLElement).style.display).toBe('block');
    click(win, doc.querySelector('#msgBox .msg-ok'));
    expect((doc.getElementById('msgBox') as HTMLElement).style.display).toBe('none');
    expect(alerted).toBe(false);
  });

  it('lets addOrderItem add names outside the dictionary (for teaching messy names)', async () => {
    const { win, doc } = await openOrderEntry();
    win.addOrderItem('  胸部 CT 平扫  ');
    win.addOrderItem('肝功能十一项');
    expect(rows(doc)).toEqual([
      ['1', '胸部 CT 平扫', '检查', '—', '新开', '删除'],
      ['2', '肝功能十一项', '检验', '—', '新开', '删除'],
    ]);
    expect(win.addOrderItem('   ')).toBeNull();
  });

  it('deletes a row and renumbers; submits new rows and shows a message; clearOrders empties everything', async () => {
    const { win, doc } = await openOrderEntry();
    for (const name of ['血常规', '肝功能', '肾功能']) win.addOrderItem(name);
    const grid = doc.getElementById('orderGrid') as HTMLTableElement;
    const tbody = grid.tBodies[0]!;
    const firstRow = tbody.rows[0];
    click(win, tbody.rows[1]!.querySelector('a.op-del'));
    expect(rows(doc).map((row) => row.slice(0, 2))).toEqual([
      ['1', '血常规'],
      ['2', '肾功能'],
    ]);
    expect(tbody.rows[0]).toBe(firstRow); // rows are kept, never re-rendered
    (doc.getElementById('applyNote') as HTMLTextAreaElement).value = '外院结果已阅';
    click(win, doc.getElementById('btnSubmit'));
    expect(rows(doc).map((row) => row.slice(4))).toEqual([
      ['已提交', '—'],
      ['已提交', '—'],
    ]);
    expect(doc.querySelector('#msgBox .msg-text')?.textContent).toMatch(/提交成功：共 2 项.*申请单号：SQ\d{12}/);
    win.addOrderItem('血常规'); // a new order after submission is allowed
    expect(rows(doc).map((row) => row[4])).toEqual(['已提交', '已提交', '新开']);
    win.clearOrders();
    expect(rows(doc)).toHaveLength(0);
    expect((doc.getElementById('applyNote') as HTMLTextAreaElement).value).toBe('');
    expect(doc.getElementById('gridEmpty')?.style.display).toBe('block');
  });
});

describe('index.html (shell with the order iframe)', () => {
  async function openShell() {
    const dom = await open('index.html');
    const win = dom.window as unknown as ShellWindow;
    const doc = win.document;
    const frameWin = await waitFor(() => {
      const frame = (doc.getElementById('workFrame') as HTMLIFrameElement).contentWindow as OrderWindow | null;
      return frame && typeof frame.addOrderItem === 'function' ? frame : null;
    }, 'the order iframe');
    return { win, doc, frameWin, frameDoc: frameWin.document };
  }

  const text = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent ?? '';

  it('shows the first patient: banner in view, identifiers only in the hidden 病人信息 tab', async () => {
    const { win, doc, frameDoc } = await openShell();
    const patients = (win as unknown as { TRAINING_PATIENTS: Array<{ name: string; age: string }> }).TRAINING_PATIENTS;
    expect(text(doc, '#patName')).toBe('张建国');
    expect(text(doc, '#patSex')).toBe('男');
    expect(text(doc, '#patAge')).toBe(patients[0]!.age);
    expect(text(doc, '#patAge')).toMatch(/^\d+岁$/);
    expect(text(doc, '#patNo')).toBe('MZ20260001');
    expect(text(doc, '#patIdCard')).toBe('51010419600302****');
    expect((doc.getElementById('tabPatientInfo') as HTMLElement).style.display).toBe('none');
    expect(text(doc, '#patientBanner')).not.toContain('MZ20260001');
    expect(text(doc, '#patientSelect')).not.toContain('MZ2026');
    expect(text(frameDoc, '.cur-pat')).toContain('张建国');
    const options = [...(doc.getElementById('patientSelect') as HTMLSelectElement).options].map((option) => option.value);
    expect(options).toEqual(['MZ20260001', 'MZ20260002', 'MZ20260003', 'MZ20260004', 'MZ20260005', 'MZ20260006']);
  });

  it('switches the patient without reloading and clears the order grid', async () => {
    const { win, doc, frameWin, frameDoc } = await openShell();
    frameWin.addOrderItem('血常规');
    (frameDoc.getElementById('applyNote') as HTMLTextAreaElement).value = '张建国的备注';
    const select = doc.getElementById('patientSelect') as HTMLSelectElement;
    select.value = 'MZ20260003';
    select.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(text(doc, '#patName')).toBe('王德明');
    expect(text(doc, '#patNo')).toBe('MZ20260003');
    expect(text(doc, '#patIdCard')).toBe('51010719851120****');
    expect(rows(frameDoc)).toHaveLength(0);
    expect((frameDoc.getElementById('applyNote') as HTMLTextAreaElement).value).toBe('');
    expect(text(frameDoc, '.cur-pat')).toContain('王德明');
    // Same document, same frame window: nothing reloaded.
    expect((doc.getElementById('workFrame') as HTMLIFrameElement).contentWindow).toBe(frameWin);
    expect(win.selectPatient('demo-p5')).toBe(true);
    expect(text(doc, '#patName')).toBe('陈桂兰');
    expect(win.selectPatient('MZ404')).toBe(false);
    expect(win.getCurrentPatient()?.name).toBe('陈桂兰');
  });

  it('opens a patient from ?pat= and shows tabs on click', async () => {
    const url = `${pathToFileURL(`${HIS_DIR}index.html`).href}?pat=MZ20260004`;
    const dom = await JSDOM.fromFile(`${HIS_DIR}index.html`, { runScripts: 'dangerously', resources: 'usable', url });
    opened.push(dom);
    const doc = dom.window.document;
    await waitFor(() => doc.getElementById('patName')?.textContent, 'the banner');
    expect(text(doc, '#patName')).toBe('刘芳');
    click(dom.window, doc.querySelector('#tabStrip a[data-pane="tabPatientInfo"]'));
    expect((doc.getElementById('tabPatientInfo') as HTMLElement).style.display).toBe('');
    expect((doc.getElementById('tabDoctorStation') as HTMLElement).style.display).toBe('none');
  });

  it('runs a training scenario from the 培训指引 box', async () => {
    const { win, doc, frameDoc } = await openShell();
    click(win, doc.querySelector('#trainingGuide .guide-head'));
    expect(doc.getElementById('trainingGuide')?.className).toBe('open');
    click(win, doc.querySelector('tr[data-scenario="S13"] a.guide-run'));
    expect(text(doc, '#patName')).toBe('刘芳');
    expect(rows(frameDoc).map((row) => row[1])).toEqual(['头颅CT平扫']);
  });
});
