// Main-thread busy time of a 1,000-row order grid that page script changes every animation frame,
// with the extension loaded and without it. Busy time is Chromium's own accounting of the page
// renderer's main-thread tasks (CDP `Performance.getMetrics` → TaskDuration): page script, style,
// layout, and our content script (it runs on the same thread, in an isolated world).
import type { BrowserContext } from 'playwright-core';
import { cpuDelta, type ProcessKind } from './process-cpu.ts';

export interface ChurnRun {
  withExtension: boolean;
  frames: number;
  elapsedMs: number;
  busyMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  markers: number;
  /** The panel's host after the run: `none`, `hidden` or its height. */
  panel: string;
  /** CPU ms of the whole browser during the measured frames, by process kind (Linux /proc). */
  cpuMs?: Record<ProcessKind, number>;
}

interface Metric {
  name: string;
  value: number;
}

export async function measureChurn(
  context: BrowserContext,
  origin: string,
  options: { withExtension: boolean; rows: number; frames: number; warmupFrames: number; seed: number },
  cpu: () => Record<ProcessKind, number> | undefined,
): Promise<ChurnRun> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/index.html`);
    const frame = await (await page.waitForSelector('#workFrame')).contentFrame();
    if (!frame) throw new Error('bench page: no #workFrame');
    await frame.waitForFunction(() => typeof (window as unknown as { runChurn?: unknown }).runChurn === 'function');
    await frame.evaluate((rows) => (window as unknown as { buildGrid(n: number): number }).buildGrid(rows), options.rows);
    if (options.withExtension) {
      // The extension must really be at work on this grid: wait for its first row markers.
      await frame.waitForSelector('#orderGrid tbody hrb-row-marker', { state: 'attached', timeout: 20_000 });
    }
    const churn = (frames: number, seed: number) =>
      frame.evaluate(
        ([count, start]) =>
          (window as unknown as { runChurn(f: number, s: number): Promise<{ frames: number; elapsedMs: number }> }).runChurn(count, start),
        [frames, seed] as const,
      );
    await churn(options.warmupFrames, options.seed + 1);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async (): Promise<Map<string, number>> => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Metric[] };
      return new Map(metrics.map((metric) => [metric.name, metric.value]));
    };
    const before = await read();
    const cpuBefore = cpu();
    const result = await churn(options.frames, options.seed);
    const cpuAfter = cpu();
    const after = await read();
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    const markers = await frame.evaluate(() => document.querySelectorAll('#orderGrid tbody hrb-row-marker').length);
    // How the panel showed during the run: its host's height (the compact title bar on this long grid).
    const panel = await frame.evaluate(() => {
      const host = document.querySelector('hrb-panel-host');
      if (!host) return 'none';
      return getComputedStyle(host).display === 'none' ? 'hidden' : `${Math.round(host.getBoundingClientRect().height)}px high`;
    });
    await cdp.detach();
    return {
      withExtension: options.withExtension,
      frames: result.frames,
      elapsedMs: result.elapsedMs,
      busyMs: delta('TaskDuration'),
      scriptMs: delta('ScriptDuration'),
      styleMs: delta('RecalcStyleDuration'),
      layoutMs: delta('LayoutDuration'),
      markers,
      panel,
      ...(cpuDelta(cpuBefore, cpuAfter) ? { cpuMs: cpuDelta(cpuBefore, cpuAfter)! } : {}),
    };
  } finally {
    await page.close();
  }
}
