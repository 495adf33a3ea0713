// Block mode: hold the HIS's own submit control until every warned item is decided. The listener sits
// on the window in the capture phase, the first place an event reaches, so it runs before the page's
// handlers on the button, on the document and (registered before them) on the window. Pointer and
// mouse presses are held too: legacy grids' toolbar buttons often act on mousedown/mouseup.
import { PAGE_TEXT } from '../ui-text.ts';

export interface SubmitGuard {
  set(active: boolean): void;
  stop(): void;
}

export function createSubmitGuard(doc: Document, submitSelector: string, onBlocked: () => void): SubmitGuard {
  let active = false;
  const stopIfSubmit = (event: Event): void => {
    if (!active) return;
    // Checked without `instanceof`: the control may be in another frame than this script's (a
    // frameset's toolbar), whose nodes and events are not instances of this frame's constructors.
    const target = event.target as Element | null;
    if (target?.nodeType !== 1 || !target.closest(submitSelector)) return;
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter' && (event as KeyboardEvent).key !== ' ') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onBlocked();
  };
  const types = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'submit'] as const;
  const target: EventTarget = doc.defaultView ?? doc;
  for (const type of types) target.addEventListener(type, stopIfSubmit, true);
  return {
    set(next) {
      active = next;
      const control = doc.querySelector(submitSelector);
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
