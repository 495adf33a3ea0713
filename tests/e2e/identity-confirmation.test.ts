// A patient who came without the card (the training HIS's 未带卡·临时挂号: a temporary number the store
// does not know, no ID card): the extension offers the stored patient whose name, sex and age fit for
// the doctor to confirm, previews the prior without a choice (the row marked only 待核对患者身份), and once confirmed warns
// and records as for an identified patient; the next showing of the screen asks again.
import { describe, expect, it } from 'vitest';
import { useTrainingHisBrowser } from './training-his-browser.ts';
import { choose, openTrainingHis, orderFrame, orderItem, panelOrder, readPanelText, waitForPanel } from '../../seeds/demo/training-his-driver.ts';

const his = useTrainingHisBrowser();

describe('name + sex + age: please confirm', () => {
  it('the trainer’s S22: offered, previewed without a choice, confirmed, warned and recorded; asked again for the next patient', async () => {
    const page = await openTrainingHis(his.browser.context, his.server.origin);
    // The 培训指引's 演示 link of S22 switches to the walk-in registration and adds the order.
    await page.locator('#trainingGuide .guide-head').click();
    await page.locator('#trainingGuide tr[data-scenario=S22] a.guide-run').click();
    expect(await page.locator('#patNo').textContent()).toMatch(/^LS\d{6}$/);
    const panel = await waitForPanel(page);
    const check = panel.getByRole('region', { name: '请核对患者身份' });
    await check.waitFor();
    expect(await check.textContent()).toContain('1960-03-02 出生');
    const card = panelOrder(panel, '左侧膝关节磁共振平扫成像');
    expect(await card.textContent()).toContain('可酌情互认');
    expect(await card.getByRole('button', { name: '互认（采用外院结果）' }).count()).toBe(0);
    const frame = await orderFrame(page);
    const row = frame.locator('#orderGrid tbody tr.order-row').first();
    // The HIS page's row marker says only that the identity waits to be checked.
    expect(await row.locator('hrb-row-marker').getAttribute('title')).toBe('待核对患者身份');

    await check.getByRole('button', { name: '核对无误，是此患者' }).click();
    await panel.getByText(/患者身份已由医生按姓名、性别、年龄及出生日期核对确认/).waitFor();
    expect(await readPanelText(panel)).toContain('应予互认');
    await choose.accept(card);
    await expect.poll(async () => row.locator('hrb-row-marker').getAttribute('title')).toBe('已互认');
    await card.getByRole('button', { name: '写入申请备注' }).click();
    await expect.poll(() => frame.inputValue('#applyNote')).toContain('经医生核对姓名、性别、年龄及出生日期确认为同一人');

    // The next patient called is another 张建国 男 66岁 without a card: the grid is emptied, and the
    // doctor is asked again rather than the first one's confirmation carried over.
    await frame.evaluate(() => (window as unknown as { clearOrders(): void }).clearOrders());
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    await panel.getByRole('region', { name: '请核对患者身份' }).waitFor();
    await page.close();

    // The month's figures tell IT staff that a choice was made on a doctor's identity check.
    const options = await his.browser.context.newPage();
    await options.goto(`chrome-extension://${his.browser.extensionId}/options.html`);
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const figures = options.locator('table.figures tbody tr', { has: options.locator('th', { hasText: month }) });
    await figures.waitFor();
    expect((await figures.locator('td').allTextContents()).at(-1)).toBe('1');
    await options.getByText(/其中经医生核对身份”：/).waitFor();
    await options.close();
  });
});
