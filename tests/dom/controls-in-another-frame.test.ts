// A frameset whose note field and 保存 button sit in a toolbar frame, not in the order frame: block
// mode holds the button there (again after the toolbar frame reloads), and the record text goes
// into the note field there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHisSession, type HisSession } from '../../lib/content/his-session.ts';
import { trainingHisAdapter } from '../../lib/adapters/training-his-adapter.ts';
import type { ScreenAdapter } from '../../lib/adapters/adapter-schema.ts';
import type { ContentMessage, ErrorReply, EvaluateReply } from '../../lib/messaging/protocol.ts';
import { PAGE_TEXT } from '../../lib/ui-text.ts';

const SHELL = `
  <div id="tabPatientInfo" style="display:none">门诊号 <span id="patNo">MZ20260001</span></div>
  <span id="patName">张建国</span>
  <table id="orderGrid"><thead><tr><th>项目名称</th><th>状态</th></tr></thead><tbody></tbody></table>`;

const TOOLBAR: ScreenAdapter = {
  ...trainingHisAdapter,
  noteFieldFrame: { from: 'self', path: ['toolbar'] },
  submitFrame: { from: 'self', path: ['toolbar'] },
};

let session: HisSession | undefined;
let block: boolean;
/** Clicks that reached the page's own handler on the toolbar's submit button. */
let heard: number;

/** The toolbar frame, (re)made: the HIS's own 保存 button and 申请备注. */
function toolbar(): Document {
  document.querySelector('iframe[name=toolbar]')?.remove();
  const frame = document.createElement('iframe');
  frame.name = 'toolbar';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.body.innerHTML = '<textarea id="applyNote"></textarea><input type="button" id="btnSubmit" value="保存">';
  doc.getElementById('btnSubmit')!.addEventListener('click', () => heard++);
  return doc;
}

function start(adapter: ScreenAdapter = TOOLBAR): HisSession {
  session = startHisSession(window, adapter, {
    send: (message: ContentMessage) =>
      Promise.resolve<EvaluateReply | ErrorReply>(
        message.type === 'orders/evaluate'
          ? {
              ok: true,
              patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p1' },
              orders: message.snapshot.orders.map(({ name }) => ({ order: name, status: 'required', label: '互认·勿重复', decided: !block })),
              showPanel: block,
              blockSubmit: block,
              mustDecide: block,
            }
          : { ok: false, error: 'unexpected' },
      ),
    panelUrl: (token) => `about:blank#${token}`,
    randomToken: () => 'abcdefghijklmnop1234',
  });
  return session;
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function addRow(name: string): void {
  const row = document.createElement('tr');
  row.className = 'order-row';
  row.innerHTML = `<td class="col-item"></td><td class="col-status">新开</td>`;
  row.querySelector('td.col-item')!.textContent = name;
  document.querySelector('#orderGrid tbody')!.append(row);
}

beforeEach(() => {
  document.body.innerHTML = SHELL;
  block = true;
  heard = 0;
});
afterEach(() => {
  session?.stop();
  session = undefined;
  document.querySelectorAll('hrb-panel-host').forEach((host) => host.remove());
});

describe('note field and submit control in another frame', () => {
  it('holds the toolbar frame’s submit button in block mode, and lets it go once decided', async () => {
    const bar = toolbar();
    start();
    addRow('左侧膝关节磁共振平扫成像');
    await settle();
    expect(bar.getElementById('btnSubmit')!.getAttribute('data-hrb-held')).toBe('互认未选择');
    bar.getElementById('btnSubmit')!.click();
    expect(heard).toBe(0);
    block = false;
    await session!.evaluateNow(true);
    bar.getElementById('btnSubmit')!.click();
    expect(heard).toBe(1);
  });

  it('holds the screen’s F8 shortcut where the doctor types, the order frame, while the button is in the toolbar', async () => {
    const bar = toolbar();
    let pressed = 0;
    const counting = () => void pressed++;
    document.addEventListener('keydown', counting);
    bar.addEventListener('keydown', counting);
    start();
    addRow('左侧膝关节磁共振平扫成像');
    await settle();
    const f8 = () => document.getElementById('patName')!.dispatchEvent(new KeyboardEvent('keydown', { code: 'F8', bubbles: true, cancelable: true }));
    f8();
    bar.getElementById('applyNote')!.dispatchEvent(new KeyboardEvent('keydown', { code: 'F8', bubbles: true, cancelable: true }));
    expect(pressed).toBe(0);
    block = false;
    await session!.evaluateNow(true);
    f8();
    expect(pressed).toBe(1);
    document.removeEventListener('keydown', counting);
  });

  it('holds the button again after the toolbar frame reloads', async () => {
    toolbar();
    start();
    addRow('左侧膝关节磁共振平扫成像');
    await settle();
    const reloaded = toolbar();
    await session!.evaluateNow(true);
    reloaded.getElementById('btnSubmit')!.click();
    expect(heard).toBe(0);
    expect(reloaded.getElementById('btnSubmit')!.getAttribute('data-hrb-held')).toBe('互认未选择');
  });

  it('writes the record text into the toolbar frame’s note field', async () => {
    const bar = toolbar();
    start();
    expect(session!.insertNote('【互认记录】采用外院结果')).toEqual({ ok: true });
    expect((bar.getElementById('applyNote') as HTMLTextAreaElement).value).toBe('【互认记录】采用外院结果');
  });

  it('says so when the note field’s frame is not there', async () => {
    start({ ...TOOLBAR, noteFieldFrame: { from: 'self', path: ['nowhere'] } });
    expect(session!.insertNote('【互认记录】')).toEqual({ ok: false, error: PAGE_TEXT.noteFrameMissing });
  });
});
