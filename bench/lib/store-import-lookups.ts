// The store steps, run through bench.html with the product's store code: the 1M import, lookups at 10k and 1M, and their diagnostics.
import type { Page } from 'playwright-core';
import type { ImportTiming, LookupTiming, WarmPathSteps } from '../../entrypoints/bench/main.ts';
import { log } from './bench-log.ts';
import { DEMO_ORDER, DEMO_PATIENT, SMALL, type BenchOptions, type StoreSize } from './bench-options.ts';
import { benchCall, type BenchPage } from './bench-page-api.ts';
import type { BenchFigures } from './figures.ts';
import { median, percentile, round, summary } from './stats.ts';
import { storeDiskBytes } from './store-disk-size.ts';

const LOOKUP_SAMPLES = 2_000;
const LOOKUP_WARMUP = 50;
const RAW_IMPORT_ROWS = 100_000;
const SMALL_DB = 'hr-bench-10k';

export interface StoreOutcome {
  /** Results in the extension's store after the import (the big store plus the demo data). */
  storedResults: number;
}

export async function measureStoreImportAndLookups(
  bench: BenchPage,
  extensionId: string,
  options: BenchOptions,
  results: BenchFigures,
): Promise<StoreOutcome> {
  const { page, defaultDb } = bench;

  // 10k results in a database of their own (same schema, same code), for the lookups.
  const small = await fillDatabase(page, SMALL_DB, SMALL, 10);
  log(`10k: imported ${small.results} results in ${round(small.ms / 1000, 1)} s`);

  // 1. Import 1M results into the extension's own store (the one the background reads).
  const storedResults = await measureImport(page, defaultDb, options.big, results);

  // 2. Lookups at 10k and at 1M, in alternating batches: both sizes see the same moments of the
  // machine (the browser's store compacting after the import, other load), so their ratio shows
  // what the store's size costs rather than when each was measured.
  const { small: lookupSmall, big: lookupBig } = await runAlternatingLookups(page, SMALL_DB, defaultDb);
  await benchCall(page, (api, name) => api.deleteDatabase(name), SMALL_DB);
  lookupFigures(lookupSmall, lookupBig, options, results);
  const disk = storeDiskBytes(extensionId);
  if (disk !== undefined) results.details.storeDiskMiB = round(disk / 2 ** 20, 1);
  return { storedResults };
}

/**
 * Where a warm warning's milliseconds go in the background: its handler's steps, timed one by
 * one in the bench page (same origin, same store with 1M rows, same code).
 */
export async function measureWarmPathSteps(page: Page, results: BenchFigures): Promise<void> {
  const steps = await benchCall(page, (api, options) => api.warmPath(options), { hisPatientId: DEMO_PATIENT, idCard: '51010419600302****', order: DEMO_ORDER, samples: 50 });
  results.details.warmPathSteps = Object.fromEntries(Object.entries(steps as WarmPathSteps).map(([step, values]) => [step, summary(values)]));
  for (const [step, values] of Object.entries(steps as WarmPathSteps)) log(`warm path ${step.padEnd(16)} ${summary(values)}`);
}

/** The share of the big file imported a second time (diag.import.reimportRowsPerSecond). */
const REIMPORT_SHARE = 0.1;

async function measureImport(page: Page, defaultDb: string, big: StoreSize, results: BenchFigures): Promise<number> {
  const importStart = Date.now();
  const imported = await fillDatabase(page, defaultDb, big, 20, REIMPORT_SHARE);
  const importEnd = Date.now();
  const rowsPerSecond = imported.results / (imported.ms / 1000);
  log(`import: ${imported.results} results, ${imported.patients} patients in ${round(imported.ms / 1000, 1)} s → ${Math.round(rowsPerSecond)} rows/s`);
  // The first import into an empty store skips the merge queries (nobody to merge with); a second
  // import into the full store pays them: a tenth of the same file again, every patient merged.
  const again = await benchCall(page, (api, name) => api.reimportGenerated(name), defaultDb);
  const againRate = again.results / (again.ms / 1000);
  log(`re-import into the full store: ${again.results} results, ${again.patients} patients merged in ${round(again.ms / 1000, 1)} s → ${Math.round(againRate)} rows/s`);
  results.figure('diag.import.reimportRowsPerSecond', Math.round(againRate), 'rows/s', undefined,
    `${again.results} results of ${again.patients} already stored patients imported again into the ${imported.results}-result store (merge by identifier and by result id; adds nothing)`);
  const demo = await benchCall(page, (api, now) => api.importDemo(api.defaultDatabase, now), new Date().toISOString());
  const stored = await benchCall(page, (api, name) => api.count(name), defaultDb);
  if (stored.results !== imported.results + demo.results) throw new Error(`store holds ${stored.results} results, expected ${imported.results + demo.results}`);
  results.figure('import.rowsPerSecond', Math.round(rowsPerSecond), 'rows/s', ['>=', 50_000],
    `${imported.results} results + ${imported.patients} patients into an empty store, importExportFile (one transaction, chunks of 2,000 patients), ${round(imported.ms / 1000, 1)} s, in the extension origin`);
  results.details.import = { ...imported, seconds: round(imported.ms / 1000, 1) };

  results.details.importWindow = { start: new Date(importStart).toISOString(), end: new Date(importEnd).toISOString() };
  return stored.results;
}

/**
 * Why the import is slow: the same rows through plain IndexedDB (no Dexie), one per record and
 * ten per record, into a scratch database. Run last: the scratch databases live in the extension
 * origin's one LevelDB, and deleting them leaves ~100k deleted entries there until the browser
 * compacts it. Run before the lookups (as it was until 2026-12-02), one run's reads of the small
 * `decisions` / `qcRevocations` stores took ~40 ms instead of ~1 ms (once in session 2 too).
 */
export async function measureRawImport(page: Page, results: BenchFigures): Promise<void> {
  const rawOne = await benchCall(page, (api, options) => api.rawImport(options), { rows: RAW_IMPORT_ROWS, rowsPerRecord: 1, seed: 30 });
  const rawTen = await benchCall(page, (api, options) => api.rawImport(options), { rows: RAW_IMPORT_ROWS, rowsPerRecord: 10, seed: 31 });
  const rawRate = (timing: { ms: number; rows: number }) => Math.round(timing.rows / (timing.ms / 1000));
  log(`raw IndexedDB: ${rawRate(rawOne)} rows/s one row per record, ${rawRate(rawTen)} rows/s ten rows per record`);
  results.figure('diag.import.rawIndexedDbRowsPerSecond', rawRate(rawOne), 'rows/s', undefined,
    `the browser's ceiling for the product's layout: ${RAW_IMPORT_ROWS} rows, plain IndexedDB put, one row per record, same indexes, one transaction`);
  results.figure('diag.import.tenRowsPerRecordRowsPerSecond', rawRate(rawTen), 'rows/s', undefined,
    `the same ${RAW_IMPORT_ROWS} rows grouped ten to a record (${rawTen.records} records)`);
}

function lookupFigures(lookupSmall: LookupTiming, lookupBig: LookupTiming, options: BenchOptions, results: BenchFigures): void {
  const { big, label } = options;
  const smallP95 = percentile(lookupSmall.ms, 95);
  const bigP95 = percentile(lookupBig.ms, 95);
  results.figure('lookup.p50Ms.10k', round(median(lookupSmall.ms)), 'ms', undefined, `${SMALL.patients} patients × ${SMALL.resultsPerPatient} results, ${LOOKUP_SAMPLES} random patients`);
  results.figure('lookup.p95Ms.10k', round(smallP95), 'ms');
  results.figure(`lookup.p50Ms.${label}`, round(median(lookupBig.ms)), 'ms', undefined, `${big.patients} patients × ${big.resultsPerPatient} results, ${LOOKUP_SAMPLES} random patients`);
  results.figure(`lookup.p95Ms.${label}`, round(bigP95), 'ms', ['<', 5]);
  results.figure('lookup.growthRatio.p95', round(bigP95 / smallP95), 'ratio', ['<=', 1.5], 'timer resolution in extension pages is 0.1 ms');
  results.details.lookup = {
    '10k': { total: summary(lookupSmall.ms), findPatient: summary(lookupSmall.findMs), parallelReads: summary(lookupSmall.readsMs) },
    [label]: { total: summary(lookupBig.ms), findPatient: summary(lookupBig.findMs), parallelReads: summary(lookupBig.readsMs) },
  };
  log(`lookup steps at ${label}: findPatient ${summary(lookupBig.findMs)}; parallel reads ${summary(lookupBig.readsMs)}`);
}

async function fillDatabase(page: Page, dbName: string, size: StoreSize, seed: number, keepShare = 0): Promise<ImportTiming> {
  const made = await benchCall(page, (api, options) => api.generate(options), { ...size, seed });
  log(`generated ${made.results} results for ${made.patients} patients in the page (${round(made.ms / 1000, 1)} s)`);
  return benchCall(page, (api, options) => api.importGenerated(options.dbName, options.keepShare), { dbName, keepShare });
}

async function runLookups(page: Page, dbName: string, samples: number, warmup: number, seed: number): Promise<LookupTiming> {
  const timing = await benchCall(page, (api, options) => api.lookups(options.dbName, options), { dbName, samples, warmup, seed });
  if (timing.notFound > 0) throw new Error(`${dbName}: ${timing.notFound} lookups found no patient`);
  if (timing.read.some((count) => count === 0)) throw new Error(`${dbName}: a lookup read no results`);
  return timing;
}

const LOOKUP_BATCHES = 20;

async function runAlternatingLookups(page: Page, smallDb: string, bigDb: string): Promise<{ small: LookupTiming; big: LookupTiming }> {
  const batches: { small: LookupTiming; big: LookupTiming }[] = [];
  const perBatch = LOOKUP_SAMPLES / LOOKUP_BATCHES;
  for (let batch = 0; batch < LOOKUP_BATCHES; batch++) {
    // Warm-up lookups only before each database's first batch.
    const warmup = batch === 0 ? LOOKUP_WARMUP : 0;
    batches.push({
      small: await runLookups(page, smallDb, perBatch, warmup, 100 + batch),
      big: await runLookups(page, bigDb, perBatch, warmup, 200 + batch),
    });
  }
  const join = (parts: LookupTiming[]): LookupTiming => ({
    ms: parts.flatMap((part) => part.ms),
    read: parts.flatMap((part) => part.read),
    kept: parts.flatMap((part) => part.kept),
    findMs: parts.flatMap((part) => part.findMs),
    readsMs: parts.flatMap((part) => part.readsMs),
    notFound: parts.reduce((sum, part) => sum + part.notFound, 0),
  });
  const small = join(batches.map((batch) => batch.small));
  const big = join(batches.map((batch) => batch.big));
  for (const [name, timing] of [[smallDb, small], [bigDb, big]] as const) {
    log(`lookup ${name}: ${summary(timing.ms)} (results read per patient: ${Math.min(...timing.read)}–${Math.max(...timing.read)})`);
  }
  return { small, big };
}
