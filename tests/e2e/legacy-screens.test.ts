// End to end on the legacy-screen pages (seeds/legacy-screens): each built with its real grid
// library (jqGrid, EasyUI, layui) or real markup (Ext JS 3, a GBK frameset), served from 127.0.0.1.
// A row added through the grid's own API gets a marker and the panel appears for a demo patient
// with a valid 川渝HR prior (MZ20260001: 左侧膝关节 MR 平扫).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTrainingHisBrowser } from './training-his-browser.ts';
import type { Frame, Locator, Page } from 'playwright-core';
import { choose, panelOrder, readPanelText, setAlertMode, waitForPanel } from '../../seeds/demo/training-his-driver.ts';
import { builtinAdapters } from '../../lib/adapters/adapter-registry.ts';
import { LEGACY_SCREENS, addLegacyOrderItem, openLegacyScreen, type LegacyScreen } from '../../seeds/legacy-screens/legacy-screens.ts';

const his = useTrainingHisBrowser();

const KNEE_MR = '左侧膝关节磁共振平扫成像';

async function markerTone(frame: Frame, screen: LegacyScreen, itemName: string): Promise<string | null> {
  // The row whose item cell shows the name (as text or as an input's value).
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const tone = await frame.evaluate(
      ({ rowSelector, itemName: wanted }) => {
        for (const row of Array.from(document.querySelectorAll(rowSelector))) {
          const texts = [row.textContent ?? '', ...Array.from(row.querySelectorAll('input'), (input) => input.value)];
          if (!texts.some((text) => text.includes(wanted))) continue;
          const marker = row.querySelector('hrb-row-marker');
          if (marker) return marker.getAttribute('data-tone');
        }
        return null;
      },
      { rowSelector: screen.rowSelector, itemName },
    );
    if (tone) return tone;
    await frame.page().waitForTimeout(100);
  }
  return null;
}

async function panelIn(page: Page): Promise<Frame> {
  const panel = await waitForPanel(page);
  await panel.waitForSelector('[data-status="required"]', { timeout: 15_000 });
  return panel;
}

describe('legacy screens in Chromium with the extension', () => {
  it.each(LEGACY_SCREENS.map((screen) => [screen.style, screen] as const))(
    '%s: a row added through the grid API is marked and the panel shows the valid prior',
    async (_style, screen) => {
      const page = await his.browser.context.newPage();
      const frame = await openLegacyScreen(page, his.server.origin, screen);
      await addLegacyOrderItem(frame, KNEE_MR);
      expect(await markerTone(frame, screen, KNEE_MR)).toBe('required');
      // Another row later: grids that re-draw their body (layui) replace the marked row; it is marked again.
      await addLegacyOrderItem(frame, '血常规');
      await frame.waitForFunction((selector) => document.querySelectorAll(selector).length >= 2, screen.rowSelector);
      expect(await markerTone(frame, screen, KNEE_MR)).toBe('required');
      const panel = await panelIn(page);
      const text = await readPanelText(panel);
      expect(text).toContain(KNEE_MR);
      expect(text).toContain('应予互认');
      expect(text).toContain('川渝HR');
      // The panel lives in the order frame, next to the grid it speaks about.
      expect(panel.parentFrame()?.url()).toBe(frame.url());
      await page.close();
    },
  );

  it('jqgrid: a name typed into an inline-edit row is read from the editor', async () => {
    const screen = LEGACY_SCREENS.find((candidate) => candidate.style === 'jqgrid')!;
    const page = await his.browser.context.newPage();
    const frame = await openLegacyScreen(page, his.server.origin, screen);
    await frame.evaluate(() => (window as unknown as { addInlineRow(): string }).addInlineRow());
    await frame.locator('#orderList tr[editable="1"] input[name="itemName"]').pressSequentially(KNEE_MR);
    // While typing, partial names get their own (weaker) verdicts; the marker settles on the full name's.
    await expect.poll(() => markerTone(frame, screen, KNEE_MR), { timeout: 15_000 }).toBe('required');
    await page.close();
  });

  // Block mode on every legacy screen: the screen's own submit control is held until the doctor has
  // chosen, each decision path drafts its text, and the text lands in the adapter's note field.
  // Each screen gets its own patient and item (a choice is once per item and visit) and, between them,
  // the three choices; the frameset's item may only be recognised at discretion (可酌情), which block
  // mode holds too.
  describe('block mode: held submit control, each decision, the note in the screen’s own field', () => {
    type Choose = (card: Locator) => Promise<void>;
    const accept: Choose = (card) => choose.accept(card);
    const retest: Choose = (card) => choose.retest(card, 'condition-changed');
    const declines: Choose = (card) => choose.declines(card, 'condition-changed');
    const cases: [LegacyScreen['style'], string, string, string, Choose, RegExp][] = [
      ['jqgrid', 'MZ20260001', KNEE_MR, 'required', accept, /川渝HR/],
      ['easyui', 'MZ20260004', '头颅CT平扫', 'required', retest, /经患者或家属同意/],
      ['layui', 'MZ20260004', '上腹部CT增强', 'required', declines, /签字/],
      ['ext3', 'MZ20260003', '梅毒螺旋体抗体(TP-Ab)', 'required', accept, /互认/],
      ['frameset', 'MZ20260002', '肝功能', 'optional', accept, /互认/],
    ];

    beforeAll(async () => {
      await setAlertMode(his.browser.context, his.browser.extensionId, 'block');
    });
    afterAll(async () => {
      await setAlertMode(his.browser.context, his.browser.extensionId, 'forced-choice');
    });

    it.each(cases)('%s: %s orders %s', async (style, patient, item, status, choose, noteText) => {
      const screen = LEGACY_SCREENS.find((candidate) => candidate.style === style)!;
      const adapter = builtinAdapters.find((candidate) => candidate.id.startsWith(`legacy-${style}-`))!;
      const submitSelector = adapter.submit!;
      const page = await his.browser.context.newPage();
      const frame = await openLegacyScreen(page, his.server.origin, screen, `?pat=${patient}`);
      // What reaches the page's own handlers on its submit control.
      await frame.evaluate((selector) => {
        const page = window as unknown as { heardSubmit: number };
        page.heardSubmit = 0;
        document.querySelector(selector)!.addEventListener('click', () => page.heardSubmit++);
      }, submitSelector);
      const heard = () => frame.evaluate(() => (window as unknown as { heardSubmit: number }).heardSubmit);
      await addLegacyOrderItem(frame, item);
      expect(await markerTone(frame, screen, item)).toBe(status);
      const panel = await waitForPanel(page);
      const card = panelOrder(panel, item);
      await card.waitFor();
      const submit = frame.locator(submitSelector);
      await expect.poll(() => submit.getAttribute('data-hrb-held')).toBe('互认未选择');
      await submit.click();
      await page.waitForTimeout(200);
      expect(await heard()).toBe(0);

      await choose(card);
      await card.getByRole('button', { name: '写入申请备注' }).click();
      await card.getByText('已写入申请备注').waitFor();
      const note = await frame.locator(adapter.noteField!).inputValue();
      expect(note).toMatch(noteText);
      expect(note.length).toBeGreaterThan(20);

      await expect.poll(async () => (await submit.getAttribute('data-hrb-held')) ?? 'released').toBe('released');
      await submit.click();
      await expect.poll(heard).toBe(1);
      await page.close();
    });
  });
});
