// A screen that shows only 姓名 性别 年龄 (the number not on screen): the extension offers the stored
// patient whose name, sex and age fit for the doctor to confirm, judges its prior only as 可酌情 until
// then, and once confirmed warns and records as for an identified patient.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTrainingHis, type RunningServer } from '../../seeds/demo/serve-training-his.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../seeds/demo/launch-extension-browser.ts';
import { loadDemoData } from '../../seeds/demo/load-demo-data.ts';
import { choose, openTrainingHis, orderFrame, orderItem, panelOrder, readPanelText, waitForPanel } from '../../seeds/demo/training-his-driver.ts';

let server: RunningServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveTrainingHis();
  browser = await launchExtensionBrowser({ headless: true });
  await loadDemoData(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('name + sex + age: please confirm', () => {
  it('offers the fitting patient, previews without a choice, and after the doctor confirms warns and records', async () => {
    const page = await openTrainingHis(browser.context, server.origin);
    // 张建国 as a screen without his numbers shows him (a walk-in registration, the card left at home).
    await page.evaluate(() => {
      for (const id of ['patNo', 'patIdCard']) document.getElementById(id)!.textContent = '';
    });
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    const panel = await waitForPanel(page);
    const check = panel.getByRole('region', { name: '请核对患者身份' });
    await check.waitFor();
    expect(await check.textContent()).toContain('1960-03-02 出生');
    const card = panelOrder(panel, '左侧膝关节磁共振平扫成像');
    expect(await card.textContent()).toContain('可酌情互认');
    expect(await card.getByRole('button', { name: '互认（采用外院结果）' }).count()).toBe(0);

    await check.getByRole('button', { name: '核对无误，是此患者' }).click();
    await panel.getByText(/患者身份已由医生按姓名、性别、年龄及出生日期核对确认/).waitFor();
    expect(await readPanelText(panel)).toContain('应予互认');
    await choose.accept(card);
    const frame = await orderFrame(page);
    const marker = frame.locator('#orderGrid tbody tr.order-row hrb-row-marker').first();
    await expect.poll(async () => marker.getAttribute('title')).toBe('已互认');
    await page.close();
  });
});
