// Block mode's hold on the HIS's own submit control: nothing the doctor does on the control reaches
// the page's handlers while it is held, everything does once it is released.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSubmitGuard, type SubmitGuard } from '../../lib/content/submit-guard.ts';
import { parseHotkey } from '../../lib/content/submit-hotkeys.ts';

let guard: SubmitGuard | undefined;
afterEach(() => {
  guard?.stop();
  guard = undefined;
  document.body.innerHTML = '';
});

/** An Ext-style toolbar button (the handler on the table, the click on the inner button) and a page log. */
function screen() {
  document.body.innerHTML = `
    <form id="orderForm"><input id="note" name="note">
      <table class="x-btn" id="btnSubmit"><tbody><tr><td><em><button type="submit" id="inner">提交</button></em></td></tr></tbody></table>
    </form>
    <button id="other">打印</button>`;
  const heard: string[] = [];
  const submit = document.getElementById('btnSubmit')!;
  for (const type of ['click', 'mousedown', 'mouseup', 'keydown']) submit.addEventListener(type, () => heard.push(type));
  document.getElementById('orderForm')!.addEventListener('submit', (event) => {
    event.preventDefault();
    heard.push('submit');
  });
  return { heard, inner: document.getElementById('inner')!, other: document.getElementById('other')! };
}

describe('submit guard (block mode)', () => {
  it('lets everything through until it is set', () => {
    const { heard, inner } = screen();
    guard = createSubmitGuard(document, '#btnSubmit', vi.fn());
    inner.click();
    expect(heard).toEqual(['click', 'submit']);
  });

  it('while held: clicks, presses and Enter on the control (or inside it) reach no page handler', () => {
    const { heard, inner } = screen();
    const onBlocked = vi.fn();
    guard = createSubmitGuard(document, '#btnSubmit', onBlocked);
    guard.set(true);
    inner.click();
    inner.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    inner.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true }));
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(heard).toEqual([]);
    expect(onBlocked).toHaveBeenCalledTimes(4);
    expect(document.getElementById('btnSubmit')!.getAttribute('data-hrb-held')).toBe('互认未选择');
  });

  it('runs before the page’s own capture listeners on the document and the window', () => {
    const { inner } = screen();
    guard = createSubmitGuard(document, '#btnSubmit', vi.fn());
    guard.set(true);
    const page = vi.fn();
    document.addEventListener('click', page, true);
    window.addEventListener('click', page, true);
    inner.click();
    document.removeEventListener('click', page, true);
    window.removeEventListener('click', page, true);
    expect(page).not.toHaveBeenCalled();
  });

  it('holds a form submitted by other means when the adapter names the form', () => {
    const { heard } = screen();
    guard = createSubmitGuard(document, '#orderForm', vi.fn());
    guard.set(true);
    (document.getElementById('orderForm') as HTMLFormElement).requestSubmit();
    expect(heard).not.toContain('submit');
  });

  it('other controls and other keys are not held', () => {
    const { heard, inner, other } = screen();
    const onBlocked = vi.fn();
    const elsewhere = vi.fn();
    other.addEventListener('click', elsewhere);
    guard = createSubmitGuard(document, '#btnSubmit', onBlocked);
    guard.set(true);
    other.click();
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(elsewhere).toHaveBeenCalledTimes(1);
    expect(heard).toEqual(['keydown']);
    expect(onBlocked).not.toHaveBeenCalled();
  });

  it('holds the screen’s own submit shortcut wherever focus is (keydown, keypress, keyup), told once', () => {
    const { inner } = screen();
    const note = document.getElementById('note')!;
    const page = vi.fn();
    const listening = new AbortController();
    for (const type of ['keydown', 'keypress', 'keyup']) document.addEventListener(type, (event) => page((event as KeyboardEvent).code), { signal: listening.signal });
    const onBlocked = vi.fn();
    guard = createSubmitGuard(document, '#btnSubmit', onBlocked, [parseHotkey('F8')!, parseHotkey('Ctrl+S')!]);
    const key = (type: string, code: string, init: KeyboardEventInit = {}) => note.dispatchEvent(new KeyboardEvent(type, { code, bubbles: true, cancelable: true, ...init }));
    key('keydown', 'F8');
    expect(page).toHaveBeenCalledTimes(1); // not held before it is set
    page.mockClear();
    guard.set(true);
    for (const type of ['keydown', 'keypress', 'keyup']) key(type, 'F8');
    key('keydown', 'KeyS', { key: 'Process', ctrlKey: true });
    expect(page).not.toHaveBeenCalled();
    expect(onBlocked).toHaveBeenCalledTimes(2);
    // Other keys, and the same key with other modifiers, are the doctor's.
    key('keydown', 'F8', { shiftKey: true });
    key('keydown', 'KeyS');
    key('keydown', 'F7');
    expect(page.mock.calls.map(([code]) => code)).toEqual(['F8', 'KeyS', 'F7']);
    guard.set(false);
    inner.click();
    key('keydown', 'F8');
    expect(page).toHaveBeenCalledTimes(4);
    listening.abort();
  });

  it('a shortcut-only guard (the control in another frame) holds keys and no clicks', () => {
    const { heard, inner } = screen();
    guard = createSubmitGuard(document, undefined, vi.fn(), [parseHotkey('F8')!]);
    guard.set(true);
    inner.click();
    expect(heard).toEqual(['click', 'submit']);
    const held = new KeyboardEvent('keydown', { code: 'F8', bubbles: true, cancelable: true });
    inner.dispatchEvent(held);
    expect(held.defaultPrevented).toBe(true);
    expect(heard).toEqual(['click', 'submit']);
  });

  it('released when every item is decided, and gone when stopped', () => {
    const { heard, inner } = screen();
    guard = createSubmitGuard(document, '#btnSubmit', vi.fn());
    guard.set(true);
    guard.set(false);
    expect(document.getElementById('btnSubmit')!.hasAttribute('data-hrb-held')).toBe(false);
    inner.click();
    expect(heard).toEqual(['click', 'submit']);
    guard.set(true);
    guard.stop();
    inner.click();
    expect(heard).toEqual(['click', 'submit', 'click', 'submit']);
  });
});
