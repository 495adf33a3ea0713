// The doctor's decision in Chromium: each path drafts its record text, the text goes into the HIS's
// own 申请备注 field, the choice is not asked again in the same visit, and block mode holds the
// HIS's submit button until the doctor has chosen.
import { describe, expect, it } from 'vitest';
import { useTrainingHisBrowser } from './training-his-browser.ts';
import type { Page } from 'playwright-core';
import { controlExtensionWorker } from '../../seeds/demo/worker-control.ts';
import { choose, openTrainingHis, orderFrame, orderItem, panelOrder, selectPatient, setAlertMode, waitForPanel } from '../../seeds/demo/training-his-driver.ts';

const his = useTrainingHisBrowser();

async function markerText(page: Page, orderName: string): Promise<string> {
  const frame = await orderFrame(page);
  const row = frame.locator('#orderGrid tbody tr.order-row', { has: frame.locator('td.col-item', { hasText: orderName }) }).first();
  const marker = row.locator('hrb-row-marker');
  await marker.waitFor();
  return (await marker.getAttribute('title')) ?? '';
}

describe('decisions in Chromium', () => {
  it('accept: stored, record text into 申请备注, and not asked again in the same visit', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    const panel = await waitForPanel(page);
    const card = panelOrder(panel, '左侧膝关节磁共振平扫成像');
    await choose.accept(card);
    await card.getByRole('button', { name: '写入申请备注' }).click();
    await card.getByText('已写入申请备注').waitFor();
    const note = await (await orderFrame(page)).inputValue('#applyNote');
    expect(note).toContain('重庆医科大学附属第一医院');
    // The demo's archive numbers carry the exam date, 20 days before today (seeds/demo-data).
    expect(note).toMatch(/MR\d{8}0217/);
    expect(note).toMatch(/川渝HR/);
    await expect.poll(() => markerText(page, '左侧膝关节磁共振平扫成像')).toBe('已互认');
    await page.close();

    // Same patient, same day, a fresh screen: the row shows the choice and no panel pops up.
    const again = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(again, '左侧膝关节磁共振平扫成像');
    expect(await markerText(again, '左侧膝关节磁共振平扫成像')).toBe('已互认');
    await again.waitForTimeout(300);
    expect(again.frames().some((frame) => frame.url().includes('/panel.html'))).toBe(false);
    await again.close();
  });

  it('the side panel follows the active tab: the same order, a choice made there reaches the row and the in-page panel, and a reload takes the patient away', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await selectPatient(page, 'MZ20260003');
    await orderItem(page, '梅毒螺旋体抗体(TP-Ab)');
    const inPage = await waitForPanel(page);
    const side = await his.browser.context.newPage();
    await side.goto(`chrome-extension://${his.browser.extensionId}/sidepanel.html`);
    // Chrome docks the side panel beside the HIS tab; here it is a tab of its own, and the HIS tab
    // becoming active again is what the side panel follows.
    await page.bringToFront();
    const card = panelOrder(side.mainFrame(), '梅毒螺旋体抗体(TP-Ab)');
    await choose.accept(card);
    await expect.poll(() => markerText(page, '梅毒螺旋体抗体(TP-Ab)')).toBe('已互认');
    // The in-page panel is told too: it shows the choice, not the buttons to choose again.
    await panelOrder(inPage, '梅毒螺旋体抗体(TP-Ab)').getByRole('status').filter({ hasText: '已记录：互认' }).waitFor();
    // The HIS page is reloaded (the default patient, nothing ordered): 王德明's order leaves the side panel.
    await page.reload();
    await orderFrame(page);
    await card.waitFor({ state: 'detached' });
    expect(await side.locator('body').textContent()).not.toContain('王德明');
    await side.close();
    await page.close();
  });

  it('the side panel opened after the service worker slept still shows the tab’s order', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await selectPatient(page, 'MZ20260002');
    await orderItem(page, '肝功能');
    await waitForPanel(page);
    // A doctor who opens the side panel a minute after ordering meets a worker that slept meanwhile.
    const worker = await controlExtensionWorker(his.browser.context, page, his.browser.extensionId);
    await worker.stop();
    const side = await his.browser.context.newPage();
    await side.goto(`chrome-extension://${his.browser.extensionId}/sidepanel.html`);
    await page.bringToFront();
    await panelOrder(side.mainFrame(), '肝功能').getByRole('button', { name: '互认（采用外院结果）' }).waitFor();
    await worker.close();
    await side.close();
    await page.close();
  });

  it('the side panel finds the tab’s order even when the stopped worker never wrote down which screen it was', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await selectPatient(page, 'MZ20260004');
    await orderItem(page, '头颅CT平扫');
    await waitForPanel(page);
    // What a worker stopped mid-write leaves: storage.session without the tab's latest screen.
    const options = await his.browser.context.newPage();
    await options.goto(`chrome-extension://${his.browser.extensionId}/options.html`);
    type SessionStorage = { chrome: { storage: { session: { clear(): Promise<void> } } } };
    await options.evaluate(() => (globalThis as unknown as SessionStorage).chrome.storage.session.clear());
    await options.close();
    const worker = await controlExtensionWorker(his.browser.context, page, his.browser.extensionId);
    await worker.stop();
    const side = await his.browser.context.newPage();
    await side.goto(`chrome-extension://${his.browser.extensionId}/sidepanel.html`);
    await page.bringToFront();
    await panelOrder(side.mainFrame(), '头颅CT平扫').waitFor();
    await worker.close();
    await side.close();
    await page.close();
  });

  it('re-test of a panel with an exception: one note for the covered components, with the patient’s consent', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '血常规');
    const panel = await waitForPanel(page);
    const card = panelOrder(panel, '血常规');
    await choose.retest(card, 'condition-changed');
    await card.getByRole('button', { name: '写入申请备注' }).click();
    await card.getByText('已写入申请备注').waitFor();
    const note = await (await orderFrame(page)).inputValue('#applyNote');
    expect(note).toContain('经患者或家属同意');
    expect(note).toContain('病情变化');
    expect(note.match(/【重新检查检验记录】/g)?.length).toBe(1);
    expect(note).toContain('血红蛋白');
    expect(await markerText(page, '血常规')).toBe('已选复查');
    await page.close();
  });

  it('patient declines the re-test: signature lines, and a printable consent form', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await selectPatient(page, 'MZ20260004');
    await orderItem(page, '头颅CT平扫');
    const panel = await waitForPanel(page);
    const card = panelOrder(panel, '头颅CT平扫');
    await choose.declines(card, 'condition-changed');
    expect(await card.locator('textarea.record-text').inputValue()).toMatch(/签字/);
    const [consent] = await Promise.all([his.browser.context.waitForEvent('page'), card.getByRole('button', { name: '打印知情同意书' }).click()]);
    await consent.waitForLoadState();
    const form = consent.frameLocator('iframe[title=知情同意书]');
    await expect.poll(async () => (await form.locator('body').textContent()) ?? '').toContain('知情同意书');
    expect(await form.locator('body').textContent()).toContain('刘芳');
    await consent.close();
    await page.close();
  });

  it('block mode holds the HIS submit button and its F8 shortcut until the doctor has chosen', async () => {
    await setAlertMode(his.browser.context, his.browser.extensionId, 'block');
    try {
      const page = await openTrainingHis(his.browser.context, his.server.origin);
      await selectPatient(page, 'MZ20260004');
      await orderItem(page, '上腹部CT增强');
      const panel = await waitForPanel(page);
      const frame = await orderFrame(page);
      const status = frame.locator('#orderGrid tbody tr.order-row td.col-status').first();
      await panel.getByText(/未作选择前暂停提交申请/).waitFor();
      await frame.click('#btnSubmit');
      // The screen's own shortcut (F8, the adapter's submitKeys) is held as well.
      await frame.locator('#itemInput').press('F8');
      await page.waitForTimeout(200);
      expect(await status.textContent()).toBe('新开');
      await choose.accept(panelOrder(panel, '上腹部CT增强'));
      await expect.poll(async () => (await frame.locator('#btnSubmit').getAttribute('data-hrb-held')) ?? 'released').toBe('released');
      await frame.locator('#itemInput').press('F8');
      await expect.poll(() => status.textContent()).toBe('已提交');
      await page.close();
    } finally {
      await setAlertMode(his.browser.context, his.browser.extensionId, 'forced-choice');
    }
  });
});

describe('paper results brought by the patient', () => {
  it('are entered in the panel with pinyin autocomplete and judged at once', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    await orderItem(page, '右膝关节MR平扫');
    expect(await markerText(page, '右膝关节MR平扫')).toBe('无外院结果·可补录');
    await (await orderFrame(page)).locator('hrb-row-marker').click();
    const panel = await waitForPanel(page);
    await panel.getByRole('button', { name: '补录患者带来的外院结果' }).click();
    const form = panel.getByRole('form', { name: '补录外院结果（纸质报告）' });
    const item = form.getByPlaceholder('输入名称或拼音首字母，如 XHDB');
    await item.fill('YCXGJMRPS');
    await form.getByRole('option').first().getByRole('button').click();
    expect(await item.inputValue()).toContain('右侧膝关节');
    const tenDaysAgo = new Date(Date.now() + 8 * 3600_000 - 10 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('检查/采样日期').fill(tenDaysAgo);
    await form.getByLabel('检查机构').fill('四川省人民医院');
    await form.getByLabel('档案号/报告号').fill('MR-PAPER-001');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByRole('status').waitFor();
    await expect.poll(() => markerText(page, '右膝关节MR平扫')).toBe('互认·勿重复');
    await panelOrder(panel, '右膝关节MR平扫').getByText('四川省人民医院（三级）').waitFor();
    await page.close();
  });
});

describe('monthly figures', () => {
  it('count the decisions above: 互认项次 per item and the fees of orders accepted whole', async () => {
    const page = await his.browser.context.newPage();
    await page.goto(`chrome-extension://${his.browser.extensionId}/options.html`);
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const row = page.locator('table.figures tbody tr', { has: page.locator('th', { hasText: month }) });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    // Accepted: the knee MR (500 元), the syphilis antibody from the side panel (35 元) and the
    // upper-abdomen CT (600 元); re-test: the 8 listed components of 血常规; declined: the head CT.
    // Every patient here was tied by an identifier: none by the doctor's name + sex + age check.
    expect(cells).toEqual(['12', '3', '3', '8', '1', '1135.00', '0']);
    await page.close();
  });
});
