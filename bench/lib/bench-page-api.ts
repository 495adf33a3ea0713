// Node's handle on bench.html, the extension page that runs the product's store code: open it, call its window.hrBench.
import type { Page } from 'playwright-core';
import type { BenchApi } from '../../entrypoints/bench/main.ts';
import type { ExtensionBrowser } from '../../seeds/demo/launch-extension-browser.ts';

export interface BenchPage {
  page: Page;
  /** The extension's own database, the one the background reads. */
  defaultDb: string;
}

export async function openBenchPage(extension: ExtensionBrowser): Promise<BenchPage> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/bench.html`);
  await page.waitForFunction(() => (window as unknown as { hrBench?: BenchApi }).hrBench?.ready === true);
  const defaultDb = await page.evaluate(() => (window as unknown as { hrBench: BenchApi }).hrBench.defaultDatabase);
  return { page, defaultDb };
}

export async function benchCall<A, R>(page: Page, fn: (api: BenchApi, arg: A) => R | Promise<R>, arg: A): Promise<R> {
  // The function runs in the bench page; `api` is the page's window.hrBench.
  return page.evaluate(
    ([source, value]) => {
      const api = (window as unknown as { hrBench: BenchApi }).hrBench;
      // eslint-disable-next-line no-new-func
      return (new Function('api', 'arg', `return (${source})(api, arg);`) as (api: BenchApi, arg: unknown) => unknown)(api, value);
    },
    [fn.toString(), arg] as const,
  ) as Promise<R>;
}
