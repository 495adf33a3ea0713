// Block mode: hold the HIS's own submit control until every warned item is decided. The listener sits
// on the window in the capture phase, the first place an event reaches, so it runs before the page's
// handlers on the button, on the document and (registered before them) on the window. Pointer and
// mouse presses are held too: legacy grids' toolbar buttons often act on mousedown/mouseup. The
// screen's own submit shortcuts (adapter `submitKeys`) are held wherever focus is in the document.
import { PAGE_TEXT } from '../ui-text.ts';
import { matchesHotkey, type Hotkey } from './submit-hotkeys.ts';

export interface SubmitGuard {
  set(active: boolean): void;
  stop(): void;
}

/**
 * `submitSelector` absent: only the shortcuts are held (the order frame, when the control itself is
 * in a toolbar frame).
 */
export function createSubmitGuard(doc: Document, submitSelector: string | undefined, onBlocked: () => void, hotkeys: readonly Hotkey[] = []): SubmitGuard {
  let active = false;
  const hold = (event: Event, tell: boolean): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (tell) onBlocked();
  };
  const stopIfSubmit = (event: Event): void => {
    if (!active) return;
    const isKey = event.type === 'keydown' || event.type === 'keypress' || event.type === 'keyup';
    // A shortcut's keypress and keyup are held too (some pages act on those), but told once.
    if (isKey && hotkeys.some((hotkey) => matchesHotkey(event as KeyboardEvent, hotkey))) return hold(event, event.type === 'keydown');
    if (!submitSelector || event.type === 'keypress' || event.type === 'keyup') return;
    // Checked without `instanceof`: the control may be in another frame than this script's (a
    // frameset's toolbar), whose nodes and events are not instances of this frame's constructors.
    const target = event.target as Element | null;
    if (target?.nodeType !== 1 || !target.closest(submitSelector)) return;
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter' && (event as KeyboardEvent).key !== ' ') return;
    hold(event, true);
  };
  const types = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keypress', 'keyup', 'submit'] as const;
  const target: EventTarget = doc.defaultView ?? doc;
  for (const type of types) target.addEventListener(type, stopIfSubmit, true);
  return {
    set(next) {
      active = next;
      const control = submitSelector ? doc.querySelector(submitSelector) : null;
      if (control) {
        if (next) control.setAttribute('data-hrb-held', PAGE_TEXT.submitHeld);
        else control.removeAttribute('data-hrb-held');
      }
    },
    stop() {
      for (const type of types) target.removeEventListener(type, stopIfSubmit, true);
    },
  };
}
