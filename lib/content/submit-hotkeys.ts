// The HIS's own keyboard shortcuts for sending an order (F8 提交, Ctrl+Enter 保存并发送…), as an
// adapter names them: block mode holds them as it holds the submit button. Matched on the physical
// key (`event.code`), because with a Chinese IME switched on a letter's `event.key` is "Process".

/** What an adapter may write: modifiers joined with "+", then F1–F12, a letter, a digit or Enter. */
export const HOTKEY_PATTERN = /^((Ctrl|Alt|Shift|Meta)\+){0,3}(F([1-9]|1[0-2])|[A-Z]|[0-9]|Enter)$/;

export interface Hotkey {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Every `event.code` the key has (a digit on the main row or the keypad). */
  codes: string[];
}

export function parseHotkey(text: string): Hotkey | undefined {
  if (!HOTKEY_PATTERN.test(text)) return undefined;
  const parts = text.split('+');
  const key = parts.pop()!;
  const codes = /^[A-Z]$/.test(key)
    ? [`Key${key}`]
    : /^[0-9]$/.test(key)
      ? [`Digit${key}`, `Numpad${key}`]
      : key === 'Enter'
        ? ['Enter', 'NumpadEnter']
        : [key];
  return { ctrl: parts.includes('Ctrl'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), meta: parts.includes('Meta'), codes };
}

/** Exact on the modifiers: F8 is not Shift+F8 (a HIS may give them different jobs). */
export function matchesHotkey(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>, hotkey: Hotkey): boolean {
  return (
    hotkey.codes.includes(event.code) &&
    event.ctrlKey === hotkey.ctrl &&
    event.altKey === hotkey.alt &&
    event.shiftKey === hotkey.shift &&
    event.metaKey === hotkey.meta
  );
}
