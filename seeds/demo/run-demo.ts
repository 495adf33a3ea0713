// `npm run demo`: builds the extension (done by the npm script), serves the training HIS on
// 127.0.0.1, starts Chromium with the extension and the demo patients' prior results loaded, and
// opens the training HIS.
// `npm run demo -- --headless --screenshot FILE`: the same without a display; it orders the
// demonstration items, waits for the warning, writes a screenshot and prints what the panel says.
import { parseArgs } from 'node:util';
import { serveTrainingHis } from './serve-training-his.ts';
import { launchExtensionBrowser } from './launch-extension-browser.ts';
import { loadDemoData } from './load-demo-data.ts';
import { openTrainingHis, orderItem, readPanelText, waitForPanel } from './training-his-driver.ts';

const DEMO_ORDERS = ['左侧膝关节磁共振平扫成像', '血常规', '胸部CT平扫'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { headless: { type: 'boolean', default: false }, screenshot: { type: 'string' }, port: { type: 'string' } },
  });
  const server = await serveTrainingHis(values.port ? Number(values.port) : 0);
  const browser = await launchExtensionBrowser({ headless: values.headless ?? false });
  const shutdown = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  };
  try {
    console.log(await loadDemoData(browser.context, browser.extensionId));
    const page = await openTrainingHis(browser.context, server.origin);
    console.log(`培训版 HIS：${server.origin}/index.html`);
    if (!values.headless) {
      console.log('在浏览器中添加检查检验项目即可看到互认提示；关闭浏览器窗口结束演示。');
      await new Promise<void>((done) => browser.context.on('close', () => done()));
      await server.close();
      return;
    }
    for (const name of DEMO_ORDERS) await orderItem(page, name);
    const panel = await waitForPanel(page);
    if (values.screenshot) {
      await page.screenshot({ path: values.screenshot });
      console.log(`截图已写入 ${values.screenshot}`);
    }
    console.log('—— 面板内容 ——');
    console.log(await readPanelText(panel));
  } finally {
    if (values.headless) await shutdown();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
