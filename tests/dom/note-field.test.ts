// Inserting the drafted record text into the HIS's note field (申请备注).
import { afterEach, describe, expect, it } from 'vitest';
import { insertNote } from '../../lib/content/note-field.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const NOTE = '患者于2026-11-04在重庆医科大学附属第一医院行左侧膝关节MR平扫（川渝HR），本次予以互认，不再重复检查。';

describe('insertNote', () => {
  it('writes the text and fires input and change, as typing would', () => {
    document.body.innerHTML = '<textarea id="applyNote"></textarea>';
    const field = document.getElementById('applyNote') as HTMLTextAreaElement;
    const heard: string[] = [];
    field.addEventListener('input', () => heard.push('input'));
    field.addEventListener('change', () => heard.push('change'));
    expect(insertNote(document, '#applyNote', NOTE)).toEqual({ ok: true });
    expect(field.value).toBe(NOTE);
    expect(heard).toEqual(['input', 'change']);
  });

  it('keeps what the doctor already wrote: the note on its own line after it', () => {
    document.body.innerHTML = '<textarea id="applyNote">术前检查  </textarea>';
    expect(insertNote(document, '#applyNote', NOTE).ok).toBe(true);
    expect((document.getElementById('applyNote') as HTMLTextAreaElement).value).toBe(`术前检查\n${NOTE}`);
  });

  it('in a single-line field (which drops line breaks) after a semicolon', () => {
    document.body.innerHTML = '<input id="bz" value="术前检查  ">';
    expect(insertNote(document, '#bz', NOTE).ok).toBe(true);
    expect((document.getElementById('bz') as HTMLInputElement).value).toBe(`术前检查；${NOTE}`);
  });

  it('never inserts the same note twice (a second click, a re-sent message)', () => {
    document.body.innerHTML = '<textarea id="applyNote"></textarea>';
    insertNote(document, '#applyNote', NOTE);
    let events = 0;
    document.getElementById('applyNote')!.addEventListener('input', () => events++);
    expect(insertNote(document, '#applyNote', `${NOTE}\n`)).toEqual({ ok: true });
    expect((document.getElementById('applyNote') as HTMLTextAreaElement).value).toBe(NOTE);
    expect(events).toBe(0);
  });

  it('refuses a read-only or disabled field and a missing one, saying to copy instead', () => {
    document.body.innerHTML = '<textarea id="ro" readonly></textarea><input id="off" disabled><div id="div"></div>';
    for (const selector of ['#ro', '#off', '#div', '#absent']) {
      const reply = insertNote(document, selector, NOTE);
      expect(reply.ok, selector).toBe(false);
      expect(reply.error, selector).toMatch(/复制后手动粘贴/);
    }
    expect((document.getElementById('ro') as HTMLTextAreaElement).value).toBe('');
  });
});
