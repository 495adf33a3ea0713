// Captures the result lists an adapter names (外院报告, 调阅 screens): read once at start and again
// when a list changes, sent to the background (which decides what is kept), and the outcome shown
// next to the list.
import type { ScreenAdapter } from '../adapters/adapter-schema.ts';
import type { CaptureReply, ContentMessage, ErrorReply, ScreenSnapshot } from '../messaging/protocol.ts';
import { showCaptureIndicator } from './capture-indicator.ts';
import { frameDocument } from './read-dom-text.ts';
import { readResultList } from './read-result-list.ts';
import { PAGE_TEXT } from '../ui-text.ts';

export interface CaptureDeps {
  send(message: ContentMessage): Promise<CaptureReply | ErrorReply>;
  patient(): ScreenSnapshot['patient'];
}

const QUIET_MS = 150;

export function watchResultLists(win: Window, adapter: ScreenAdapter, deps: CaptureDeps): () => void {
  const observers: MutationObserver[] = [];
  const cancels: (() => void)[] = [];
  for (const list of adapter.resultLists ?? []) {
    const doc = frameDocument(win, list.frame);
    if (!doc) continue;
    let last = '';
    const capture = async (): Promise<void> => {
      const rows = readResultList(win, list);
      const patient = deps.patient();
      const signature = JSON.stringify([patient.ids, rows]);
      if (rows.length === 0 || signature === last) return;
      last = signature;
      const reply = await deps.send({ type: 'results/capture', adapterId: adapter.id, listId: list.id, patient, rows });
      const container = doc.querySelector(list.container);
      if (!container) return;
      if (!reply.ok) return showCaptureIndicator(container, PAGE_TEXT.captureFailed(reply.error), '');
      const detail = reply.skipped.map((row) => `${row.item}：${row.reason}`).join('\n');
      const text = reply.refused ? PAGE_TEXT.captureRefused(reply.refused) : PAGE_TEXT.captured(reply.captured, reply.skipped.length);
      showCaptureIndicator(container, text, detail);
    };
    // Grids fill in bursts: capture once the list has been quiet for 150 ms. A busy page changes
    // every frame, so a change only notes the time; the one timer re-arms itself until it is quiet
    // (no timer cleared and set again per frame).
    let scheduled: number | undefined;
    let lastChange = 0;
    const fire = (): void => {
      const quietFor = performance.now() - lastChange;
      if (quietFor < QUIET_MS) {
        scheduled = win.setTimeout(fire, QUIET_MS - quietFor);
        return;
      }
      scheduled = undefined;
      void capture();
    };
    const schedule = (): void => {
      lastChange = performance.now();
      scheduled ??= win.setTimeout(fire, QUIET_MS);
    };
    cancels.push(() => {
      if (scheduled !== undefined) win.clearTimeout(scheduled);
    });
    schedule();
    const observer = new MutationObserver((mutations) => {
      if (mutations.every((mutation) => (mutation.target as Element).closest?.('[data-hrb-marker]'))) return;
      schedule();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  }
  return () => {
    observers.forEach((observer) => observer.disconnect());
    cancels.forEach((cancel) => cancel());
  };
}
