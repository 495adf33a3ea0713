// The warning steps in the training HIS: order → row marker with the worker awake, asleep, and (--with-purge) during the purge.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../seeds/demo/launch-extension-browser.ts';
import { openTrainingHis, orderFrame, selectPatient } from '../../seeds/demo/training-his-driver.ts';
import { log } from './bench-log.ts';
import { DEMO_ORDER, DEMO_PATIENT, type BenchOptions } from './bench-options.ts';
import { benchCall } from './bench-page-api.ts';
import type { BenchFigures } from './figures.ts';
import { median, percentile, round, summary } from './stats.ts';
import { clearOrders, installSampler, sampleWarning, type WarningSample } from './warning-latency.ts';
import { controlExtensionWorker } from '../../seeds/demo/worker-control.ts';

const WARM_SAMPLES = 50;
const ASLEEP_SAMPLES = 20;

export interface OrderScreen {
  page: Page;
  /** The order iframe, with the warning sampler installed. */
  frame: Frame;
}

/** The training HIS on the demo patient's order screen, ready to sample warnings. */
export async function openOrderScreen(context: BrowserContext, hisOrigin: string): Promise<OrderScreen> {
  const page = await openTrainingHis(context, hisOrigin);
  await selectPatient(page, DEMO_PATIENT);
  const patientNo = await page.textContent('#patNo');
  if (patientNo !== DEMO_PATIENT) throw new Error(`training HIS shows patient ${patientNo}, expected ${DEMO_PATIENT}`);
  const frame = await orderFrame(page);
  await installSampler(frame);
  return { page, frame };
}

/** 3a. Warning latency, worker awake. */
export async function measureWarmWarnings(frame: Frame, storedResults: number, results: BenchFigures): Promise<void> {
  const warm: WarningSample[] = [];
  for (let i = 0; i < 5 + WARM_SAMPLES; i++) {
    const sample = await sampleWarning(frame, DEMO_ORDER);
    if (sample.tone !== 'required') throw new Error(`row marker tone ${sample.tone}, expected "required" (the demo prior is valid)`);
    if (i >= 5) warm.push(sample);
    await clearOrders(frame, 250);
  }
  const warmMs = warm.map((sample) => sample.ms);
  log(`warning (warm): ${summary(warmMs)}`);
  results.figure('warning.p50Ms.warm', round(median(warmMs)), 'ms', undefined, `${WARM_SAMPLES} samples, ${storedResults} results stored, ${DEMO_PATIENT} / ${DEMO_ORDER}`);
  results.figure('warning.p95Ms.warm', round(percentile(warmMs, 95)), 'ms', ['<=', 16]);
  results.details.warningWarm = summary(warmMs);
}

/**
 * The daily purge over the whole store, started now (same code and arguments as the
 * background's alarm), while the doctor keeps ordering: how long it runs, and what warnings cost meanwhile.
 */
export async function measureWarningsDuringPurge(
  bench: Page,
  frame: Frame,
  storedResults: number,
  options: BenchOptions,
  results: BenchFigures,
): Promise<void> {
  let purgeDone = false;
  const purgeRun = benchCall(bench, (api) => api.purgeNow(), undefined).finally(() => {
    purgeDone = true;
  });
  const during: number[] = [];
  while (!purgeDone) {
    const sample = await sampleWarning(frame, DEMO_ORDER, 300_000);
    during.push(sample.ms);
    await clearOrders(frame, 250);
  }
  const purged = await purgeRun;
  log(`purge: ${round(purged.ms / 1000, 1)} s (removed ${purged.results} results, ${purged.patients} patients); warnings meanwhile: ${summary(during)}`);
  results.figure(`purge.seconds.${options.label}`, round(purged.ms / 1000, 1), 's', undefined,
    `purgeExpired (the background's daily alarm) over ${storedResults} results; removed ${purged.results} results, ${purged.patients} patients`);
  results.figure('diag.warning.maxMsDuringPurge', round(Math.max(...during)), 'ms', undefined, `${during.length} warm samples while the purge ran: ${summary(during)}`);
  results.details.warningDuringPurge = summary(during);
}

/** 3b. Warning latency with the service worker asleep (run last: every worker start may create the purge alarm again). */
export async function measureAsleepWarnings(extension: ExtensionBrowser, screen: OrderScreen, results: BenchFigures): Promise<void> {
  const { page, frame } = screen;
  const worker = await controlExtensionWorker(extension.context, page, extension.extensionId);
  const asleep: WarningSample[] = [];
  const stopMs: number[] = [];
  for (let i = 0; i < ASLEEP_SAMPLES; i++) {
    await clearOrders(frame, 300);
    stopMs.push(await worker.stop());
    const sample = await sampleWarning(frame, DEMO_ORDER);
    if (sample.tone !== 'required') throw new Error(`row marker tone ${sample.tone}, expected "required"`);
    if (worker.status() !== 'running' && worker.status() !== 'starting') throw new Error(`worker status ${worker.status()} after an asleep sample: it did not wake?`);
    asleep.push(sample);
  }
  await worker.close();
  const asleepMs = asleep.map((sample) => sample.ms);
  log(`warning (asleep): ${summary(asleepMs)}`);
  results.figure('warning.p50Ms.asleep', round(median(asleepMs)), 'ms', undefined,
    `${ASLEEP_SAMPLES} samples; service worker stopped (CDP ServiceWorker.stopAllWorkers, verified "stopped") before each`);
  results.figure('warning.p95Ms.asleep', round(percentile(asleepMs, 95)), 'ms', ['<', 150]);
  results.details.warningAsleep = { latency: summary(asleepMs), stopWait: summary(stopMs) };
}
