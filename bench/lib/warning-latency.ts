// Time from the HIS page adding an order row to the extension's row marker appearing in it,
// measured inside the order frame (page clock, MutationObserver), never from Node.
import type { Frame } from 'playwright-core';

// Installed into the order frame's main world as plain JavaScript source: a timestamp right before
// the page's own `addOrderItem(name)`, and a MutationObserver that stops the clock when a
// `hrb-row-marker` shows up in that row's `td.col-item`.
const INSTALL_SAMPLER = `
window.__benchWarningSample = function (name, timeoutMs) {
  return new Promise(function (resolve, reject) {
    var tbody = document.querySelector('#orderGrid tbody');
    var row = null;
    var started = 0;
    var finished = false;
    var timer = 0;
    var observer = new MutationObserver(function () {
      if (finished || !row) return;
      var marker = row.querySelector('td.col-item hrb-row-marker');
      if (!marker) return;
      var now = performance.now();
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms: now - started, tone: marker.getAttribute('data-tone') });
    });
    observer.observe(tbody, { childList: true, subtree: true });
    timer = setTimeout(function () {
      finished = true;
      observer.disconnect();
      reject(new Error('no row marker within ' + timeoutMs + ' ms'));
    }, timeoutMs);
    started = performance.now();
    row = window.addOrderItem(name);
    if (!row) {
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      reject(new Error('addOrderItem refused ' + name));
    }
  });
};
true;
`;

export interface WarningSample {
  ms: number;
  tone: string | null;
}

export async function installSampler(frame: Frame): Promise<void> {
  await frame.evaluate(INSTALL_SAMPLER);
}

export async function sampleWarning(frame: Frame, orderName: string, timeoutMs = 10_000): Promise<WarningSample> {
  return frame.evaluate(
    ([name, timeout]) => (window as unknown as { __benchWarningSample(n: string, t: number): Promise<WarningSample> }).__benchWarningSample(name, timeout),
    [orderName, timeoutMs] as const,
  );
}

/** Clears the grid (the page's own `clearOrders()`), then lets the extension settle (empty snapshot, panel hidden). */
export async function clearOrders(frame: Frame, settleMs: number): Promise<void> {
  await frame.evaluate(() => (window as unknown as { clearOrders(): void }).clearOrders());
  await frame.waitForFunction(() => !document.querySelector('#orderGrid tbody tr.order-row'));
  await new Promise((done) => setTimeout(done, settleMs));
}
