// Capture from a HIS result list (外院报告 on the jqGrid screen, items starred as 互认项目): what can be
// tied to a known institution is stored for the identified patient and used at the next order; what
// cannot is listed as skipped, with the reason, next to the list.
import { describe, expect, it } from 'vitest';
import { useTrainingHisBrowser } from './training-his-browser.ts';
import { readPanelText, waitForPanel } from '../../seeds/demo/training-his-driver.ts';
import { LEGACY_SCREENS, addLegacyOrderItem, openLegacyScreen } from '../../seeds/legacy-screens/legacy-screens.ts';

const his = useTrainingHisBrowser();

describe('result list capture in Chromium', () => {
  it('stores what it can tie to a known institution, says what it skipped, and uses it at the next order', async () => {
    const screen = LEGACY_SCREENS.find((candidate) => candidate.style === 'jqgrid')!;
    const page = await his.browser.context.newPage();
    const frame = await openLegacyScreen(page, his.server.origin, screen);
    const indicator = page.locator('hrb-capture-indicator');
    await indicator.waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => (await indicator.getAttribute('data-text')) ?? '', { timeout: 10_000 }).toMatch(/已采集外院结果 1 条，2 条未采集/);

    await addLegacyOrderItem(frame, '左侧膝关节磁共振平扫成像');
    const panel = await waitForPanel(page);
    await panel.waitForSelector('[data-status="required"]');
    // The captured 华西 report (12 days old) is newer than the imported 重庆 one (20 days old).
    expect(await readPanelText(panel)).toContain('四川大学华西医院');
    await page.close();
  });
});
