// End to end: the built extension in a real Chromium, on the training HIS served from 127.0.0.1.
// The order grid lives in a same-origin iframe, the patient number in a hidden tab of the shell,
// and rows are added by the page's own script — as on real legacy HIS screens.
import { describe, expect, it } from 'vitest';
import { useTrainingHisBrowser } from './training-his-browser.ts';
import type { Page } from 'playwright-core';
import { importViaOptionsPage } from '../../seeds/demo/load-demo-data.ts';
import { buildDemoData } from '../../seeds/demo-data/demo-patients.ts';
import { openTrainingHis, orderFrame, orderItem, panelOrder, readPanelText, selectPatient, waitForPanel } from '../../seeds/demo/training-his-driver.ts';
import { controlExtensionWorker } from '../../seeds/demo/worker-control.ts';

const his = useTrainingHisBrowser();

async function rowMarkerTone(page: Page, orderName: string): Promise<string | null> {
  const frame = await orderFrame(page);
  const row = frame.locator('#orderGrid tbody tr.order-row', { has: frame.locator('td.col-item', { hasText: orderName }) }).first();
  const marker = row.locator('hrb-row-marker');
  await marker.waitFor({ timeout: 15_000 });
  return marker.getAttribute('data-tone');
}

describe('order screen warning in Chromium', () => {
  it('warns inside the iframe with the valid prior when a recognisable test is ordered', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    const panel = await waitForPanel(page);
    await panel.waitForSelector('[data-status="required"]');
    const text = await readPanelText(panel);
    expect(text).toContain('左侧膝关节磁共振平扫成像');
    expect(text).toContain('应予互认');
    expect(text).toContain('川渝HR');
    expect(text).toMatch(/互认期剩余 \d+ 天/);
    expect(text).toMatch(/依据：川渝/);
    // The panel is an extension page inside the order iframe, not in the top page.
    const panelFrame = page.frames().find((frame) => frame.url().includes('/panel.html'));
    expect(panelFrame?.parentFrame()?.url()).toContain('/order-entry.html');
    expect(await rowMarkerTone(page, '左侧膝关节磁共振平扫成像')).toBe('required');
    // The panel never covers the HIS's own submit button.
    const frame = await orderFrame(page);
    const panelBox = await frame.locator('hrb-panel-host').boundingBox();
    const submitBox = await frame.locator('#btnSubmit').boundingBox();
    expect(panelBox && submitBox).toBeTruthy();
    const overlap =
      panelBox!.x < submitBox!.x + submitBox!.width && submitBox!.x < panelBox!.x + panelBox!.width &&
      panelBox!.y < submitBox!.y + submitBox!.height && submitBox!.y < panelBox!.y + panelBox!.height;
    expect(overlap).toBe(false);
    await page.close();
  });

  it('never says "must recognise" for an expired prior, and says why when the marker is clicked', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '胸部CT平扫');
    expect(await rowMarkerTone(page, '胸部CT平扫')).toBe('info');
    // Nothing to decide: no panel pops up by itself.
    await page.waitForTimeout(300);
    expect(page.frames().some((frame) => frame.url().includes('/panel.html'))).toBe(false);
    await (await orderFrame(page)).locator('hrb-row-marker').click();
    const panel = await waitForPanel(page);
    const order = panel.locator('section.order', { hasText: '胸部CT平扫' });
    await order.waitFor();
    expect(await order.getAttribute('data-status')).toBe('not-eligible');
    expect(await order.textContent()).toMatch(/过期|超过|已超/);
    expect(await order.textContent()).not.toContain('应予互认');
    await page.close();
  });

  it('stores nothing in the HIS page origin', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    await waitForPanel(page);
    for (const frame of page.frames().filter((f) => f.url().startsWith(his.server.origin))) {
      const stored = await frame.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookies: document.cookie,
        databases: (await indexedDB.databases()).map((db) => db.name),
        // The content script runs in an isolated world; nothing of ours may show up among page globals.
        globals: Object.keys(window).filter((key) => /^hrb|互认|hr-?assistant/i.test(key)),
      }));
      expect(stored).toEqual({ local: 0, session: 0, cookies: '', databases: [], globals: [] });
    }
    await page.close();
  });

  it('warns again after the service worker went to sleep with the screen open (the screen asks over a new port)', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '胸部CT平扫');
    expect(await rowMarkerTone(page, '胸部CT平扫')).toBe('info');
    const worker = await controlExtensionWorker(his.browser.context, page, his.browser.extensionId);
    await worker.stop();
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    expect(await rowMarkerTone(page, '左侧膝关节磁共振平扫成像')).toBe('required');
    expect(worker.status()).toBe('running');
    await worker.close();
    await page.close();
  });

  it('keyboard only: Tab reaches the row marker and Enter on it keeps the panel open, Tab goes on into the panel to the choice, Enter records it', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await selectPatient(page, 'MZ20260004');
    await orderItem(page, '头颅CT平扫');
    expect(await rowMarkerTone(page, '头颅CT平扫')).toBe('required');
    const frame = await orderFrame(page);
    await page.bringToFront();
    // Start from the grid's first focusable control, as a doctor tabbing through the screen would.
    await frame.locator('#orderGrid').focus().catch(() => undefined);
    await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focusedTag = () => frame.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');
    let steps = 0;
    while ((await focusedTag()) !== 'hrb-row-marker' && steps++ < 60) await page.keyboard.press('Tab');
    expect(await focusedTag()).toBe('hrb-row-marker');
    await page.keyboard.press('Enter');
    const panel = await waitForPanel(page);
    const accept = panelOrder(panel, '头颅CT平扫').getByRole('button', { name: '互认（采用外院结果）' });
    await accept.waitFor();
    const focusedLabel = () => panel.evaluate(() => (document.hasFocus() ? (document.activeElement?.textContent ?? '') : ''));
    steps = 0;
    while ((await focusedLabel()) !== '互认（采用外院结果）' && steps++ < 80) await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('互认（采用外院结果）');
    await page.keyboard.press('Enter');
    await panelOrder(panel, '头颅CT平扫').getByRole('status').filter({ hasText: '已记录：互认' }).waitFor();
    await page.close();
  });

  // Runs last: it gives the demo patient a fresh chest CT.
  it('a result imported in the options page while the screen is open is used by the next warning', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '胸部CT平扫');
    expect(await rowMarkerTone(page, '胸部CT平扫')).toBe('info');
    // The background now holds this patient's results in memory (lib/background/read-cache.ts).
    const demo = buildDemoData(new Date());
    const expired = demo.results.find((result) => result.patientKey === 'demo-p1' && result.itemName === '胸部CT平扫');
    expect(expired).toBeTruthy();
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
    const fresh = { ...expired!, id: 'e2e-fresh-ct', performedAt: threeDaysAgo, archiveNo: 'CT-E2E-1' };
    delete fresh.reportedAt;
    const patient = demo.patients.filter((candidate) => candidate.key === 'demo-p1');
    expect(await importViaOptionsPage(his.browser.context, his.browser.extensionId, { ...demo, patients: patient, results: [fresh] })).toContain('导入完成');
    const frame = await orderFrame(page);
    await frame.evaluate(() => (window as unknown as { clearOrders(): void }).clearOrders());
    await orderItem(page, '胸部CT平扫');
    expect(await rowMarkerTone(page, '胸部CT平扫')).toBe('required');
    await page.close();
  });
});
