// Step 4, page overhead: the churning grid in a second browser without the extension and in the extension's, alternating, and the figures.
import { chromium, type BrowserContext } from 'playwright-core';
import { log } from './bench-log.ts';
import type { BenchFigures } from './figures.ts';
import { measureChurn, type ChurnRun } from './page-overhead.ts';
import { browserCpu } from './process-cpu.ts';
import { median, round } from './stats.ts';

// Nine rounds, each browser first in turn: one run's busy time varied by ±5% on the first shared
// machine and by up to ±15% on the second (2026-12-02, docs/benchmarks.md), and the order within a
// round must not favour either side. Five rounds there gave ratios from 0.99 to 1.10 for the same code.
const CHURN = { rows: 1_000, frames: 120, warmupFrames: 30, rounds: 9 };

export async function measurePageOverhead(chromiumPath: string, extensionContext: BrowserContext, gridOrigin: string, results: BenchFigures): Promise<void> {
  const plain = await chromium.launch({
    executablePath: chromiumPath,
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN'],
  });
  try {
    const plainContext = await plain.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    overheadFigures(await churnRounds(extensionContext, plainContext, gridOrigin), results);
  } catch (error) {
    await plain.close().catch(() => undefined);
    throw error;
  }
  await plain.close();
}

async function churnRounds(extensionContext: BrowserContext, plainContext: BrowserContext, gridOrigin: string): Promise<ChurnRun[]> {
  const runs: ChurnRun[] = [];
  for (let round_ = 0; round_ < CHURN.rounds; round_++) {
    for (const withExtension of round_ % 2 === 0 ? [false, true] : [true, false]) {
      const context = withExtension ? extensionContext : plainContext;
      // Debian's wrapper adds an empty --load-extension= to every launch; --disable-extensions-except= is ours.
      const cpu = () => browserCpu((cmdline) => cmdline.includes('--disable-extensions-except=') === withExtension);
      const run = await measureChurn(context, gridOrigin, { withExtension, ...CHURN, seed: 1000 + round_ }, cpu);
      runs.push(run);
      const cpuText = run.cpuMs ? `; CPU ms ${Object.entries(run.cpuMs).filter(([, ms]) => ms > 0).map(([kind, ms]) => `${kind} ${ms}`).join(', ')}` : '';
      log(`grid churn ${withExtension ? 'with   ' : 'without'} extension: busy ${round(run.busyMs)} ms over ${run.frames} frames in ${round(run.elapsedMs)} ms (script ${round(run.scriptMs)}, style ${round(run.styleMs)}, layout ${round(run.layoutMs)}), markers ${run.markers}, panel ${run.panel}${cpuText}`);
      await new Promise((done) => setTimeout(done, 1_000));
    }
  }
  return runs;
}

function overheadFigures(runs: readonly ChurnRun[], results: BenchFigures): void {
  const busyWith = median(runs.filter((run) => run.withExtension).map((run) => run.busyMs));
  const busyWithout = median(runs.filter((run) => !run.withExtension).map((run) => run.busyMs));
  const fps = (withExtension: boolean) =>
    round(median(runs.filter((run) => run.withExtension === withExtension).map((run) => (run.frames * 1000) / run.elapsedMs)), 1);
  results.figure('page.overheadRatio', round(busyWith / busyWithout, 3), 'ratio', ['<', 1.05],
    `median main-thread busy (TaskDuration) over ${CHURN.frames} frames of a ${CHURN.rows}-row grid: ${round(busyWith)} ms with / ${round(busyWithout)} ms without; ${fps(true)} / ${fps(false)} frames/s`);
  const cpuTotal = (withExtension: boolean) => {
    const totals = runs.filter((run) => run.withExtension === withExtension && run.cpuMs).map((run) => Object.values(run.cpuMs!).reduce((sum, ms) => sum + ms, 0));
    return totals.length ? median(totals) : undefined;
  };
  const cpuWith = cpuTotal(true);
  const cpuWithout = cpuTotal(false);
  if (cpuWith !== undefined && cpuWithout !== undefined) {
    const extensionProcess = median(runs.filter((run) => run.withExtension && run.cpuMs).map((run) => run.cpuMs!.extension));
    results.figure('diag.page.browserCpuRatio', round(cpuWith / cpuWithout, 3), 'ratio', undefined,
      `CPU time of all the browser's processes over the same frames (/proc): ${cpuWith} ms with / ${cpuWithout} ms without; the extension's own process (service worker + panel) ${extensionProcess} ms`);
  }
  results.details.pageOverhead = runs.map((run) => ({ ...run, busyMs: round(run.busyMs), elapsedMs: round(run.elapsedMs), scriptMs: round(run.scriptMs), styleMs: round(run.styleMs), layoutMs: round(run.layoutMs) }));
}
