// A department's own screen, configured without code: before the deployment bundle is applied only
// the generic detector reads it (advice only, saying the screen is not configured); after IT staff
// load the bundle in the options page, the same screen is read by the department's adapter and the
// deployment's alert mode applies. (The screen is the training HIS served under /dept/, a path no
// built-in adapter covers.)
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTrainingHis, TRAINING_HIS_DIR, type RunningServer } from '../../seeds/demo/serve-training-his.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../seeds/demo/launch-extension-browser.ts';
import { loadDemoData } from '../../seeds/demo/load-demo-data.ts';
import { choose, orderFrame, orderItem, panelOrder, waitForPanel } from '../../seeds/demo/training-his-driver.ts';
import { trainingHisAdapter } from '../../lib/adapters/training-his-adapter.ts';
import { TRAINING_SETTINGS } from '../../lib/background/deployment-settings.ts';
import { hisContentScript } from '../../lib/background/apply-deployment.ts';

let root: string;
let server: RunningServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hr-dept-'));
  await symlink(TRAINING_HIS_DIR, join(root, 'dept'));
  server = await serveTrainingHis(0, root);
  browser = await launchExtensionBrowser({ headless: true });
  await loadDemoData(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

async function openDeptScreen() {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/dept/index.html`);
  await orderFrame(page);
  return page;
}

async function applyBundle(bundle: unknown): Promise<string> {
  const file = join(root, 'bundle.json');
  await writeFile(file, JSON.stringify(bundle), 'utf8');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('deployment-file').setInputFiles(file);
  // The file is read asynchronously: wait until it is either refused or ready to apply.
  const alert = page.getByRole('alert');
  const ready = page.getByRole('button', { name: '授权并启用' }).and(page.locator(':enabled'));
  await alert.or(ready).first().waitFor();
  if (await alert.isVisible()) {
    const text = (await alert.textContent()) ?? '';
    await page.close();
    return text;
  }
  await page.getByRole('button', { name: '授权并启用' }).click();
  const outcome = page.locator('[role=status], [role=alert]').filter({ hasText: /部署包|hisOrigins|adapters/ }).first();
  await outcome.waitFor();
  const text = (await outcome.textContent()) ?? '';
  await page.close();
  return text;
}

describe('deployment bundle in Chromium', () => {
  it('an unconfigured screen gets advice from the generic detector; the department’s bundle configures it', async () => {
    const before = await openDeptScreen();
    await orderItem(before, '左侧膝关节磁共振平扫成像');
    // The marker sits in the order grid's own row (not, say, in the item picker's dropdown).
    await (await orderFrame(before)).locator('#orderGrid tr.order-row hrb-row-marker').waitFor({ timeout: 15_000 });
    const advice = await waitForPanel(before);
    await advice.getByText(/本界面尚未配置，系按自动识别读取/).waitFor();
    expect(await advice.getByText(/本界面尚未配置/).textContent()).toMatch(/自动识别把握 \d+%/);
    // Advice only: nothing is forced on a guessed reading of the screen.
    expect(await advice.getByText(/请对每个“应予互认”的项目选择/).count()).toBe(0);
    await before.close();

    const adapter = { ...trainingHisAdapter, id: 'dept-order-entry', name: '某科室开单界面', urlPatterns: ['http://127.0.0.1:*/dept/order-entry.html**'] };
    const bundle = { format: 'hr-assistant-deployment', version: 1, settings: TRAINING_SETTINGS, hisOrigins: [server.origin], adapters: [adapter] };
    expect(await applyBundle(bundle)).toContain('部署包已启用');

    const after = await openDeptScreen();
    await orderItem(after, '左侧膝关节磁共振平扫成像');
    const panel = await waitForPanel(after);
    await panel.locator('[data-status="required"]').first().waitFor();
    await panel.getByText(/请对每个“应予互认”的项目选择/).waitFor();
    expect(await panel.getByText(/本界面尚未配置/).count()).toBe(0);
    await after.close();
  });

  it('Chromium takes the deployment’s content script with matchOriginAsFallback (grids in address-less frames)', async () => {
    // A department's origins are not loopback and need a permission prompt no test can click, so the
    // registration the background makes is checked here on loopback, which the extension may reach.
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const script = { ...hisContentScript(['http://127.0.0.1/*']), id: 'probe-registration', persistAcrossSessions: false, matchOriginAsFallback: true };
    const registered = await page.evaluate(async (probe) => {
      const scripting = (globalThis as unknown as { chrome: { scripting: { registerContentScripts(s: unknown[]): Promise<void>; getRegisteredContentScripts(f: unknown): Promise<unknown[]>; unregisterContentScripts(f: unknown): Promise<void> } } }).chrome.scripting;
      await scripting.registerContentScripts([probe]);
      const found = await scripting.getRegisteredContentScripts({ ids: [probe.id] });
      await scripting.unregisterContentScripts({ ids: [probe.id] });
      return found;
    }, script);
    expect(registered).toEqual([expect.objectContaining({ id: 'probe-registration', matchOriginAsFallback: true, allFrames: true, js: ['content-scripts/his.js'] })]);
    await page.close();
  });

  it('refuses a bundle whose adapter reaches outside its HIS origins, naming the field', async () => {
    const adapter = { ...trainingHisAdapter, id: 'elsewhere', urlPatterns: ['http://10.9.9.9/his/order.jsp'] };
    const text = await applyBundle({ format: 'hr-assistant-deployment', version: 1, settings: TRAINING_SETTINGS, hisOrigins: [server.origin], adapters: [adapter] });
    expect(text).toContain('adapters.0.urlPatterns.0');
  });

  it('declares a policy schema Chromium accepts: managed storage answers, and without policy the options page shows no policy bundle', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const managed = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { managed: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return api.storage.managed.get('deploymentBundle');
    });
    expect(managed).toEqual({});
    await page.getByRole('heading', { name: 'HIS 界面配置（部署包）' }).waitFor();
    expect(await page.getByRole('heading', { name: '策略下发的部署包' }).count()).toBe(0);
    await page.close();
  });

  it('block mode holds a submit control in another frame the adapter names, and the note goes into that frame', async () => {
    // The department's screen keeps 保存 and 申请备注 in the outer shell, a frame above the order grid.
    const adapter = {
      ...trainingHisAdapter,
      id: 'dept-order-entry',
      name: '某科室开单界面（工具栏在外框）',
      urlPatterns: ['http://127.0.0.1:*/dept/order-entry.html**'],
      noteField: '#deptNote',
      noteFieldFrame: 'parent',
      submit: '#deptSave',
      submitFrame: 'parent',
    };
    const bundle = { format: 'hr-assistant-deployment', version: 1, settings: { ...TRAINING_SETTINGS, alertMode: 'block' }, hisOrigins: [server.origin], adapters: [adapter] };
    expect(await applyBundle(bundle)).toContain('部署包已启用');

    const page = await openDeptScreen();
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('afterbegin', '<div id="deptToolbar"><textarea id="deptNote"></textarea><input type="button" id="deptSave" value="保存"></div>');
      const shell = window as unknown as { saved: number };
      shell.saved = 0;
      document.getElementById('deptSave')!.addEventListener('click', () => shell.saved++);
    });
    const saved = () => page.evaluate(() => (window as unknown as { saved: number }).saved);
    await orderItem(page, '左侧膝关节磁共振平扫成像');
    const panel = await waitForPanel(page);
    const save = page.locator('#deptSave');
    await expect.poll(() => save.getAttribute('data-hrb-held')).toBe('互认未选择');
    await save.click();
    await page.waitForTimeout(200);
    expect(await saved()).toBe(0);

    const card = panelOrder(panel, '左侧膝关节磁共振平扫成像');
    await choose.accept(card);
    await card.getByRole('button', { name: '写入申请备注' }).click();
    await card.getByText('已写入申请备注').waitFor();
    expect(await page.locator('#deptNote').inputValue()).toMatch(/川渝HR/);
    await expect.poll(async () => (await save.getAttribute('data-hrb-held')) ?? 'released').toBe('released');
    await save.click();
    await expect.poll(saved).toBe(1);
    await page.close();
  });
});
