// The order-screen session in jsdom, with the background replaced by a recording fake: what is sent
// when, which rows get markers, and that nothing of one patient is ever shown for another.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHisSession, type HisSession } from '../../lib/content/his-session.ts';
import { trainingHisAdapter } from '../../lib/adapters/training-his-adapter.ts';
import type { ContentMessage, ErrorReply, EvaluateReply, OrderMarker, ScreenSnapshot } from '../../lib/messaging/protocol.ts';

const SHELL = `
  <div id="patientBanner">姓名：<span id="patName">张建国</span> 性别：<span id="patSex">男</span></div>
  <div id="tabPatientInfo" style="display:none">门诊号 <span id="patNo">MZ20260001</span></div>
  <table id="orderGrid"><thead><tr><th>项目名称</th><th>状态</th></tr></thead><tbody></tbody></table>
  <textarea id="applyNote"></textarea><input type="button" id="btnSubmit" value="提交申请">`;

/** What the fake background says about each item name. */
const VERDICTS: Record<string, OrderMarker['status']> = {
  血常规: 'required',
  左侧膝关节磁共振平扫成像: 'required',
  胸部CT平扫: 'no-prior',
  尿常规: 'unmatched',
};

interface Sent {
  snapshot: ScreenSnapshot;
  resolve(): void;
  /** When it was sent (Date.now). */
  at: number;
}

let sent: Sent[];
let session: HisSession | undefined;
/** When false, replies wait until the test calls `resolve()` on the request. */
let answerAtOnce: boolean;
/** How many requests, from now, the fake background fails: refused, then rejected outright. */
let failing: number;

function reply(snapshot: ScreenSnapshot): EvaluateReply {
  const orders = snapshot.orders.map(({ name }) => {
    const status = VERDICTS[name] ?? 'unmatched';
    return { order: name, status, label: `${snapshot.patient.ids.hisPatientId}:${status}`, decided: false };
  });
  return { ok: true, patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p1' }, orders, showPanel: false, blockSubmit: false, mustDecide: false };
}

function start(): HisSession {
  session = startHisSession(window, trainingHisAdapter, {
    send: (message: ContentMessage) =>
      new Promise<EvaluateReply | ErrorReply>((resolve, reject) => {
        if (message.type !== 'orders/evaluate') throw new Error('unexpected message');
        if (failing > 0) {
          failing -= 1;
          sent.push({ snapshot: message.snapshot, resolve: () => undefined, at: Date.now() });
          return failing % 2 === 1 ? resolve({ ok: false, error: 'worker restarting' }) : reject(new Error('port closed'));
        }
        const entry: Sent = { snapshot: message.snapshot, resolve: () => resolve(reply(message.snapshot)), at: Date.now() };
        sent.push(entry);
        if (answerAtOnce) entry.resolve();
      }),
    panelUrl: (token) => `about:blank#${token}`,
    randomToken: () => 'abcdefghijklmnop1234',
  });
  return session;
}

function addRow(name: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'order-row';
  row.innerHTML = `<td class="col-item"></td><td class="col-status">新开</td>`;
  row.querySelector('td.col-item')!.textContent = name;
  document.querySelector('#orderGrid tbody')!.append(row);
  return row;
}

/** Lets observers, replies and the marker task run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const markerOf = (row: Element): string | null => row.querySelector('hrb-row-marker')?.getAttribute('data-tone') ?? null;
const markedRows = (): number => document.querySelectorAll('#orderGrid hrb-row-marker').length;

beforeEach(() => {
  document.body.innerHTML = SHELL;
  sent = [];
  answerAtOnce = true;
  failing = 0;
});
afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('order screen session', () => {
  it('asks about each distinct item once and marks every row of a warned item', async () => {
    start();
    const first = addRow('血常规');
    const second = addRow('血常规');
    const other = addRow('尿常规');
    await settle();
    const last = sent.at(-1)!.snapshot;
    expect(last.orders.map((order) => order.name)).toEqual(['血常规', '尿常规']);
    expect(last.patient.ids.hisPatientId).toBe('MZ20260001');
    expect([markerOf(first), markerOf(second), markerOf(other)]).toEqual(['required', 'required', null]);
    expect(first.querySelector('hrb-row-marker')!.hasAttribute('data-float')).toBe(false);
  });

  it('asks again, backing off, when the background could not answer, so the same rows still get their warning', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    failing = 2;
    start();
    const row = addRow('血常规');
    await settle();
    expect(markerOf(row)).toBeNull();
    // Nothing on screen changes: the retries alone (after 1 s, then 2 s) bring the warning.
    await vi.waitFor(() => expect(markerOf(row)).toBe('required'), { timeout: 5_000, interval: 50 });
    expect(sent.length).toBeGreaterThanOrEqual(3);
    // Backed off: the answered request went about 2 s after the first (1 s, doubled), not at once.
    expect(sent.at(-1)!.at - sent[0]!.at).toBeGreaterThanOrEqual(1_800);
    vi.mocked(console.warn).mockRestore();
  });

  it('counts the patients the screen shows: the grid emptied, cleared and refilled with other items, or the patient context redrawn, is the next one; a redraw of the same items is not', async () => {
    start();
    const showing = () => sent.at(-1)!.snapshot.showing;
    addRow('血常规');
    await settle();
    const first = showing();
    expect(first).toEqual(expect.any(Number));
    const body = document.querySelector('#orderGrid tbody')!;
    // The grid redraws all its rows with the same items (a jqGrid reload): still the same patient.
    body.innerHTML = '';
    addRow('血常规');
    addRow('尿常规');
    await settle();
    expect(showing()).toBe(first);
    // Cleared and refilled with other items in one go (the next patient's saved orders).
    body.innerHTML = '';
    addRow('胸部CT平扫');
    await settle();
    expect(showing()).toBe(first! + 1);
    // The grid emptied (the next patient called), then an order again.
    body.innerHTML = '';
    await settle();
    addRow('血常规');
    await settle();
    expect(showing()).toBe(first! + 2);
    // The patient banner redrawn with the same name, sex and age: another patient as far as anyone can tell.
    document.querySelector('#patName')!.textContent = '张建国';
    await settle();
    expect(showing()).toBe(first! + 3);
    // A clock ticking elsewhere in the watched banner is not another patient.
    const clock = document.createElement('span');
    document.querySelector('#patientBanner')!.append(clock);
    await settle();
    const before = showing();
    clock.textContent = '候诊 5 分钟';
    await settle();
    clock.textContent = '候诊 6 分钟';
    await settle();
    expect(showing()).toBe(before);
  });

  it('re-marks a redrawn or re-added row of a known item without asking the background again', async () => {
    start();
    const row = addRow('血常规');
    await settle();
    const asked = sent.length;
    // The grid redraws the cell (the marker goes with the old content) and adds another row of it.
    row.querySelector('td.col-item')!.textContent = '血常规';
    const again = addRow('血常规');
    row.querySelector('td.col-status')!.textContent = '已缴费';
    await settle();
    expect(sent.length).toBe(asked);
    expect([markerOf(row), markerOf(again)]).toEqual(['required', 'required']);
    // A new item is a new question.
    addRow('左侧膝关节磁共振平扫成像');
    await settle();
    expect(sent.length).toBe(asked + 1);
  });

  it('takes every marker away at once when another patient comes on screen, and shows nothing meant for the previous one', async () => {
    start();
    const row = addRow('血常规');
    await settle();
    expect(markerOf(row)).toBe('required');
    answerAtOnce = false;
    document.querySelector('#patNo')!.textContent = 'MZ20260002';
    document.querySelector('#patName')!.textContent = '李秀英';
    await settle();
    expect(markerOf(row)).toBeNull();
    const pending = sent.at(-1)!;
    expect(pending.snapshot.patient.ids.hisPatientId).toBe('MZ20260002');
    // A redraw while the new patient's answer is on its way must not bring back the old marker.
    row.querySelector('td.col-item')!.textContent = '血常规';
    await settle();
    expect(markerOf(row)).toBeNull();
    pending.resolve();
    await settle();
    expect(row.querySelector('hrb-row-marker')?.getAttribute('title')).toBe('MZ20260002:required');
  });

  it('drops a reply that comes back after the patient changed', async () => {
    start();
    answerAtOnce = false;
    const row = addRow('血常规');
    await settle();
    const stale = sent.at(-1)!;
    expect(stale.snapshot.patient.ids.hisPatientId).toBe('MZ20260001');
    document.querySelector('#patNo')!.textContent = 'MZ20260002';
    stale.resolve();
    await settle();
    expect(markerOf(row)).toBeNull();
  });

  it('leaves no marker on a row the page blanks while switching to another patient', async () => {
    start();
    const rows = [addRow('血常规'), addRow('血常规')];
    await settle();
    expect(rows.map(markerOf)).toEqual(['required', 'required']);
    answerAtOnce = false;
    // One task: the HIS shows the next patient and empties its reused rows.
    document.querySelector('#patNo')!.textContent = 'MZ20260002';
    for (const row of rows) (row.querySelector('td.col-item')!.firstChild as Text).data = '';
    await settle();
    expect(rows.map(markerOf)).toEqual([null, null]);
  });

  it('asks again for the patient on screen when a reply comes back for the previous one, even if nothing watched changed', async () => {
    start();
    answerAtOnce = false;
    addRow('血常规');
    await settle();
    const stale = sent.at(-1)!;
    // Only the hidden tab's number changes (the adapter watches the banner, which stays the same).
    document.querySelector('#patNo')!.textContent = 'MZ20260002';
    stale.resolve();
    await settle();
    expect(sent.at(-1)!.snapshot.patient.ids.hisPatientId).toBe('MZ20260002');
  });

  it('on a long grid marks each warned item once, hands the marker on when its row goes, and leaves out quiet markers', async () => {
    start();
    const rows: HTMLTableRowElement[] = [];
    for (let i = 0; i < 60; i++) rows.push(addRow(i % 3 === 0 ? '血常规' : i % 3 === 1 ? '胸部CT平扫' : '尿常规'));
    // Long grids are asked about at most every 200 ms.
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle();
    expect(markedRows()).toBe(1);
    expect(markerOf(rows[0]!)).toBe('required');
    // It floats, so it cannot change the width of its cell (and with it the whole grid's layout).
    expect(rows[0]!.querySelector('hrb-row-marker')!.hasAttribute('data-float')).toBe(true);
    rows[0]!.remove();
    await settle();
    expect(markedRows()).toBe(1);
    expect(markerOf(rows[3]!)).toBe('required');
    // Renamed away from the item: the next row of it takes the marker.
    rows[3]!.querySelector('td.col-item')!.textContent = '尿常规';
    await settle();
    expect(markerOf(rows[3]!)).toBeNull();
    expect(markerOf(rows[6]!)).toBe('required');
    expect(markedRows()).toBe(1);
  });
});
