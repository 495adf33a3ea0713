// Drives the training HIS like a doctor: pick the patient, add an order row, read the warning.
// Shared by the demo command and the end-to-end tests.
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';

export async function openTrainingHis(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  await orderFrame(page);
  return page;
}

export async function orderFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#workFrame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('找不到开单 iframe（#workFrame）');
  await frame.waitForSelector('#orderGrid');
  return frame;
}

/** Adds an order row the way the HIS picker does (the row is built by the page's own script). */
export async function orderItem(page: Page, name: string): Promise<void> {
  const frame = await orderFrame(page);
  await frame.fill('#itemInput', name);
  await frame.click('#btnAddItem');
}

export async function selectPatient(page: Page, hisPatientId: string): Promise<void> {
  await page.selectOption('#patientSelect', { value: hisPatientId });
}

/** The panel extension page inside the order iframe. */
export async function waitForPanel(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const panel = page.frames().find((frame) => frame.url().startsWith('chrome-extension://') && frame.url().includes('/panel.html'));
    if (panel) {
      await panel.waitForSelector('.panel', { timeout: Math.max(1, deadline - Date.now()) });
      return panel;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('互认提示面板没有出现');
}

export async function readPanelText(panel: Frame): Promise<string> {
  return panel.evaluate(() => (document.querySelector('.panel') as HTMLElement | null)?.innerText ?? '');
}

/** Sets the deployment's alert mode the way IT staff do, in the options page. */
export async function setAlertMode(context: BrowserContext, extensionId: string, mode: 'advice' | 'forced-choice' | 'block'): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator(`input[name=alertMode][value=${mode}]`).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: '设置已保存' }).waitFor();
  } finally {
    await page.close();
  }
}

/** The panel's card for one order. */
export function panelOrder(panel: Frame, orderName: string) {
  return panel.locator('section.order', { has: panel.locator('.order-name', { hasText: orderName }) });
}

/** The doctor's three choices on an order's card, as the tests and demos make them (waits for "已记录"). */
export const choose = {
  async accept(card: Locator): Promise<void> {
    await card.getByRole('button', { name: '互认（采用外院结果）' }).click();
    await card.getByRole('status').filter({ hasText: '已记录：互认' }).waitFor();
  },
  /** 不互认 with an exception, the patient informed and agreeing. */
  async retest(card: Locator, exception: string): Promise<void> {
    await card.getByRole('button', { name: '不互认，需复查' }).click();
    await card.getByLabel('例外情形').selectOption(exception);
    await card.getByLabel('已向患者或家属充分告知，其同意复查').check();
    await card.getByRole('button', { name: '确认并记录' }).click();
    await card.getByRole('status').filter({ hasText: '已记录：不互认' }).waitFor();
  },
  /** The patient or family declines the re-test the doctor proposed. */
  async declines(card: Locator, exception: string): Promise<void> {
    await card.getByRole('button', { name: '患者/家属拒绝复查' }).click();
    await card.getByLabel('例外情形').selectOption(exception);
    await card.getByLabel('已向患者或家属充分告知，其不同意复查并将签字').check();
    await card.getByRole('button', { name: '确认并记录' }).click();
    await card.getByRole('status').filter({ hasText: '拒绝复查' }).waitFor();
  },
};
