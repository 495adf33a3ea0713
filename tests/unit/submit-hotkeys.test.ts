import { describe, expect, it } from 'vitest';
import { matchesHotkey, parseHotkey } from '../../lib/content/submit-hotkeys.ts';

const press = (code: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...modifiers,
});

describe('submit hotkeys', () => {
  it('reads F-keys, letters, digits and Enter with their modifiers', () => {
    expect(parseHotkey('F8')).toEqual({ ctrl: false, alt: false, shift: false, meta: false, codes: ['F8'] });
    expect(parseHotkey('Ctrl+Enter')).toEqual({ ctrl: true, alt: false, shift: false, meta: false, codes: ['Enter', 'NumpadEnter'] });
    expect(parseHotkey('Ctrl+Shift+S')?.codes).toEqual(['KeyS']);
    expect(parseHotkey('Alt+1')?.codes).toEqual(['Digit1', 'Numpad1']);
  });

  it('refuses what it cannot hold exactly', () => {
    for (const text of ['f8', 'F13', 'Ctrl+s', 'Ctrl+', 'Control+S', 'Esc', '', 'Ctrl+Alt+Shift+Meta+S']) expect(parseHotkey(text)).toBeUndefined();
  });

  it('matches the physical key with exactly the named modifiers', () => {
    const f8 = parseHotkey('F8')!;
    expect(matchesHotkey(press('F8'), f8)).toBe(true);
    expect(matchesHotkey(press('F8', { shiftKey: true }), f8)).toBe(false);
    expect(matchesHotkey(press('F7'), f8)).toBe(false);
    const save = parseHotkey('Ctrl+S')!;
    // With a Chinese IME on, the key is "Process" but the code is still KeyS.
    expect(matchesHotkey(press('KeyS', { ctrlKey: true }), save)).toBe(true);
    expect(matchesHotkey(press('KeyS'), save)).toBe(false);
    expect(matchesHotkey(press('NumpadEnter', { ctrlKey: true }), parseHotkey('Ctrl+Enter')!)).toBe(true);
  });
});
