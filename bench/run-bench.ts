// `npm run bench`: speed of the built extension in the real Chromium, measured, never asserted.
// The npm script first builds the extension WITH the benchmark page (HR_BENCH=1, mode `bench`, into
// .output/chrome-mv3-bench — the normal build and its output are untouched), then runs this file.
//
// Figures (see docs/benchmarks.md for what each measures and how):
//   import.rowsPerSecond            1,000,000 results / 100,000 patients through importExportFile
//   lookup.p50Ms|p95Ms.10k|1m       evaluateSnapshot's store path up to the engine, 500 random patients
//   lookup.growthRatio.p95          p95(1M) / p95(10k)
//   warning.p50Ms|p95Ms.warm        addOrderItem → row marker, worker awake (50 samples)
//   warning.p95Ms.asleep            the same with the service worker stopped first (20 samples)
//   page.overheadRatio              main-thread busy time of a churning 1,000-row grid, with / without
//   contentScript.gzipBytes         gzip size of content-scripts/his.js
// Writes bench/results.json, prints a table, exits 0 even when a target is missed (it reports; it
// does not gate) and non-zero only when the benchmark itself cannot run.
//
// `tsx bench/run-bench.ts --quick` runs the same steps on 100,000 results (a few minutes less; for
// working on the benchmark) and writes bench/results.quick.json instead. `--with-purge` also times
// the background's daily purge over the full store and the warnings ordered while it runs (minutes
// at 1M rows, so not in the default run: `npm run bench -- --with-purge`).
//
// This file is the driver: it starts the servers and browsers and runs the steps in bench/lib/ in order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../seeds/demo/find-chromium.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../seeds/demo/launch-extension-browser.ts';
import { serveTrainingHis, type RunningServer } from '../seeds/demo/serve-training-his.ts';
import { log } from './lib/bench-log.ts';
import { BENCH_PAGES_DIR, EXTENSION_DIR, parseBenchOptions } from './lib/bench-options.ts';
import { benchCall, openBenchPage } from './lib/bench-page-api.ts';
import { measureContentScriptSize } from './lib/content-script-size.ts';
import { BenchFigures } from './lib/figures.ts';
import { describeMachine } from './lib/machine.ts';
import { measurePageOverhead } from './lib/page-overhead-step.ts';
import { clearPurgeAlarm, reportStrayPurges, watchPurges } from './lib/purge-alarm.ts';
import { orderFigures, printTable, writeResults } from './lib/results-output.ts';
import { measureRawImport, measureStoreImportAndLookups, measureWarmPathSteps } from './lib/store-import-lookups.ts';
import { measureAsleepWarnings, measureWarmWarnings, measureWarningsDuringPurge, openOrderScreen } from './lib/warning-steps.ts';

const options = parseBenchOptions();
const results = new BenchFigures();

async function main(): Promise<number> {
  if (!existsSync(join(EXTENSION_DIR, 'bench.html'))) {
    throw new Error(`no benchmark build in ${EXTENSION_DIR}: run \`npm run bench\` (it builds with HR_BENCH=1 first)`);
  }
  const chromiumPath = findChromium();
  const machine = describeMachine(chromiumPath);
  log(`${machine.cpuModel} · ${machine.cores} cores · ${machine.memoryGiB} GiB · ${machine.chromiumVersion} · Node ${machine.nodeVersion} · load ${machine.loadAverageAtStart}`);

  measureContentScriptSize(results);

  const servers: RunningServer[] = [];
  let extension: ExtensionBrowser | undefined;
  try {
    const his = await serveTrainingHis(0);
    servers.push(his);
    const grid = await serveTrainingHis(0, BENCH_PAGES_DIR);
    servers.push(grid);
    extension = await launchExtensionBrowser({ headless: true, extensionDir: EXTENSION_DIR });
    const purges = watchPurges(extension);

    const bench = await openBenchPage(extension);
    // The background creates its daily purge alarm (5 minutes after the first start); over 1M rows it
    // is a long job (see --with-purge). Cancel it so it cannot land inside a measurement; any purge
    // that runs anyway (a worker start finding no alarm creates it again) is reported.
    await clearPurgeAlarm(bench.page);
    const purgeClearedAt = Date.now();

    if (options.only === 'page') {
      // The demo patient's results only: enough for the grid's rows to get their markers.
      await benchCall(bench.page, (api, now) => api.importDemo(api.defaultDatabase, now), new Date().toISOString());
      await measurePageOverhead(chromiumPath, extension.context, grid.origin, results);
      return await finish(results, machine);
    }

    // 1. and 2. Import into the extension's store; lookups at 10k and 1M.
    const { storedResults } = await measureStoreImportAndLookups(bench, extension.extensionId, options, results);
    if (options.only === 'store') {
      await measureRawImport(bench.page, results);
      return await finish(results, machine);
    }
    await measureWarmPathSteps(bench.page, results);

    // 3a. Warnings in the training HIS, worker awake (and during the purge, with --with-purge).
    const screen = await openOrderScreen(extension.context, his.origin);
    await measureWarmWarnings(screen.frame, storedResults, results);
    if (options.withPurge) await measureWarningsDuringPurge(bench.page, screen.frame, storedResults, options, results);

    // 4. Page overhead: the same churning grid with and without the extension, alternating.
    await measurePageOverhead(chromiumPath, extension.context, grid.origin, results);

    // 3b. Warnings with the service worker asleep, last (stopping the worker is the most disruptive step).
    await measureAsleepWarnings(extension, screen, results);
    reportStrayPurges(purges, purgeClearedAt, results);
    await screen.page.close();
    // 5. The plain-IndexedDB ceilings, last (see measureRawImport).
    await measureRawImport(bench.page, results);
    await bench.page.close();
  } finally {
    await extension?.close().catch(() => undefined);
    for (const server of servers) await server.close();
  }

  return finish(results, machine);
}

function finish(figures: BenchFigures, machine: ReturnType<typeof describeMachine>): number {
  orderFigures(figures.figures);
  writeResults(figures, machine, options);
  printTable(figures.figures);
  return 0;
}

const watchdog = setTimeout(() => {
  console.error('bench: still running after 20 minutes; giving up');
  process.exit(2);
}, 20 * 60_000);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
