// Benchmark page (built only with HR_BENCH=1, see wxt.config.ts; driven by bench/run-bench.ts).
// It runs in the extension's origin, so it opens the same IndexedDB store the background uses and
// calls the product's own store code: `importExportFile` for the import and, for the lookup, the
// steps `evaluateSnapshot` takes before the rules engine. Data is generated here, in the page:
// a 300 MB file is never pushed through messages. Nothing here is product code.
import { openHrDatabase, DATABASE_NAME, type HrDatabase } from '../../lib/store/hr-database.ts';
import { countResults, resultsOfRecord } from '../../lib/store/patient-results.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import type { ExportFile, ExportPatient, ExportResult } from '../../lib/store/export-format.ts';
import { findPatientRecord } from '../../lib/store/find-patient.ts';
import { buildEvaluateRequest } from '../../lib/background/build-evaluate-request.ts';
import { TRAINING_SETTINGS } from '../../lib/background/deployment-settings.ts';
import { visitKeyFor } from '../../lib/background/visit-key.ts';
import { shanghaiIsoOf } from '../../lib/rules/shanghai-calendar.ts';
import type { ScreenSnapshot } from '../../lib/messaging/protocol.ts';
import { evaluateSnapshot } from '../../lib/background/evaluate-snapshot.ts';
import { loadSettings } from '../../lib/background/settings-store.ts';
import { evaluate } from '../../lib/rules/evaluate.ts';
import { purgeExpired } from '../../lib/store/maintenance.ts';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { buildDemoData, DEMO_INSTITUTIONS } from '../../seeds/demo-data/demo-patients.ts';

export interface GenerateOptions {
  patients: number;
  resultsPerPatient: number;
  seed: number;
}

export interface ImportTiming {
  ms: number;
  patients: number;
  results: number;
}

export interface LookupTiming {
  /** Milliseconds per lookup, in sample order. */
  ms: number[];
  /** How many of the patient's results were read / kept for the panel, per lookup (sanity check). */
  read: number[];
  kept: number[];
  /** The two awaited steps of each lookup: patient by identifier, then the parallel reads. */
  findMs: number[];
  readsMs: number[];
  notFound: number;
}

/** Milliseconds per step of the background's answer to one order row (diagnostics, not a figure). */
export type WarmPathSteps = Record<'findPatient' | 'parallelReads' | 'engine' | 'evaluateSnapshot' | 'sessionSet' | 'messageRoundTrip', number[]>;

export interface BenchApi {
  ready: true;
  purgeNow(): Promise<{ ms: number; results: number; patients: number }>;
  rawImport(options: { rows: number; rowsPerRecord: number; seed: number }): Promise<{ ms: number; rows: number; records: number }>;
  warmPath(options: { hisPatientId: string; idCard: string; order: string; samples: number }): Promise<WarmPathSteps>;
  generate(options: GenerateOptions): { ms: number; patients: number; results: number };
  /** `keepShare`: keep that share of the file for `reimportGenerated`. */
  importGenerated(dbName: string, keepShare?: number): Promise<ImportTiming>;
  /** Imports the kept share again into the same (now full) store: every patient merges, nothing is added. */
  reimportGenerated(dbName: string): Promise<ImportTiming>;
  importDemo(dbName: string, nowIso: string): Promise<ImportTiming>;
  lookups(dbName: string, options: { samples: number; warmup: number; seed: number }): Promise<LookupTiming>;
  count(dbName: string): Promise<{ patients: number; results: number }>;
  deleteDatabase(dbName: string): Promise<void>;
  defaultDatabase: string;
}

// ---------------------------------------------------------------------------------------------------
// Deterministic data (a small PRNG: the same seed gives the same store)

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(random: () => number, digits: number): string {
  let text = '';
  while (text.length < digits) text += Math.floor(random() * 0x100000000).toString(16).padStart(8, '0');
  return text.slice(0, digits);
}

/** The benchmark patient number shown on screen for patient `index` (what a lookup starts from). */
export function benchPatientNumber(index: number): string {
  return `BZ${String(index).padStart(8, '0')}`;
}

// Real item names as printed on other institutions' reports (those of the demo data, which the
// catalogs match), so stored rows look like real ones; the "panel" is the blood count.
const DEMO = buildDemoData(new Date('2026-06-01T00:00:00Z'));
const ITEM_NAMES = [...new Set(DEMO.results.map((result) => result.itemName))];
const PANEL_ITEMS = new Set(DEMO.results.filter((result) => result.id.startsWith('demo-p1-') && result.itemName.includes('(')).map((result) => result.itemName));
const INSTITUTIONS = Object.values(DEMO_INSTITUTIONS);
const MARKS = ['川渝HR', '川内HR', null] as const;

let generated: ExportFile | undefined;
let reimport: ExportFile | undefined;

function generate({ patients, resultsPerPatient, seed }: GenerateOptions): { ms: number; patients: number; results: number } {
  const started = performance.now();
  const random = mulberry32(seed);
  const patientRows: ExportPatient[] = new Array(patients);
  const resultRows: ExportResult[] = new Array(patients * resultsPerPatient);
  // Recent results (the last 12 hours): the background's scheduled purge (lib/store/maintenance.ts)
  // must find nothing expired, so the store really holds every generated row while it is measured.
  const base = Date.now();
  let r = 0;
  for (let index = 0; index < patients; index++) {
    // Keys and ids look like the importer's (hash-like): index order is not insertion order.
    const key = `bench-${hex(random, 16)}`;
    patientRows[index] = {
      key,
      identifiers: [
        { kind: 'hisPatientId', value: benchPatientNumber(index) },
        // Unique per patient (otherwise the import rightly merges patients sharing an ID card).
        { kind: 'idCard', value: `510104${1940 + (index % 70)}0101${String(Math.floor(index / 70)).padStart(4, '0')}` },
      ],
      name: `测试${index}`,
      sex: index % 2 ? '男' : '女',
      birthDate: `${1940 + (index % 70)}-01-01`,
    };
    for (let k = 0; k < resultsPerPatient; k++) {
      const performed = new Date(base - Math.floor(random() * 12 * 3_600_000));
      const institution = INSTITUTIONS[Math.floor(random() * INSTITUTIONS.length)]!;
      resultRows[r++] = {
        id: `bench:${hex(random, 32)}`,
        patientKey: key,
        itemName: ITEM_NAMES[Math.floor(random() * ITEM_NAMES.length)]!,
        performedAt: shanghaiIsoOf(performed),
        reportedAt: shanghaiIsoOf(new Date(Math.min(base, performed.getTime() + 3_600_000))),
        institution: { ...institution },
        mark: MARKS[Math.floor(random() * MARKS.length)]!,
        value: (random() * 100).toFixed(1),
        unit: 'g/L',
        archiveNo: `JY${hex(random, 10)}`,
        source: 'bench',
      } as ExportResult;
    }
  }
  generated = { format: 'hr-assistant-export', version: 1, exportedAt: shanghaiIsoOf(new Date(base)), patients: patientRows, results: resultRows };
  return { ms: performance.now() - started, patients, results: resultRows.length };
}

const databases = new Map<string, HrDatabase>();
function database(name: string): HrDatabase {
  let db = databases.get(name);
  if (!db) {
    db = openHrDatabase(name);
    databases.set(name, db);
  }
  return db;
}

async function timedImport(dbName: string, file: ExportFile): Promise<ImportTiming> {
  const db = database(dbName);
  await db.open();
  const started = performance.now();
  const counts = await importExportFile(db, file);
  return { ms: performance.now() - started, ...counts };
}

async function lookups(dbName: string, { samples, warmup, seed }: { samples: number; warmup: number; seed: number }): Promise<LookupTiming> {
  const db = database(dbName);
  await db.open();
  const patients = await db.patients.count();
  const random = mulberry32(seed);
  const timing: LookupTiming = { ms: [], read: [], kept: [], findMs: [], readsMs: [], notFound: 0 };
  const benchPatients = patients - DEMO.patients.length > 0 ? await countBenchPatients(db) : 0;
  if (benchPatients === 0) throw new Error(`${dbName}: no benchmark patients stored`);
  for (let i = 0; i < warmup + samples; i++) {
    const index = Math.floor(random() * benchPatients);
    // What the training screen gives: the patient number, and a masked ID card (not an identifier).
    const ids = { hisPatientId: benchPatientNumber(index), idCard: '51010419600302****' };
    const snapshot: ScreenSnapshot = { adapterId: 'bench', url: 'http://127.0.0.1/bench', patient: { ids }, orders: [{ name: '血常规' }] };
    const now = new Date();
    const started = performance.now();
    const { results, kept, linked, foundAt } = await storePath(db, snapshot, now);
    const ended = performance.now();
    const elapsed = ended - started;
    if (!linked) timing.notFound++;
    if (i < warmup) continue;
    timing.ms.push(elapsed);
    timing.read.push(results.length);
    timing.kept.push(kept.length);
    timing.findMs.push(foundAt - started);
    timing.readsMs.push(ended - foundAt);
  }
  return timing;
}

/**
 * lib/background/evaluate-snapshot.ts up to (excluding) `evaluate()`, step for step: the patient's
 * record by identifier (identity and results, one read), then in parallel this visit's decisions and
 * the QC revocations, then the engine request. The results are narrowed to the panel's items here
 * (the product hands all of the patient's results to the engine, which matches them).
 * Keep in step with evaluateSnapshot when it changes.
 */
async function storePath(db: HrDatabase, snapshot: ScreenSnapshot, now: Date) {
  const ids = snapshot.patient.ids;
  const { link: patient, record } = await findPatientRecord(db, ids);
  const results = resultsOfRecord(record);
  const foundAt = performance.now();
  const linked = patient.kind === 'identifier';
  const visitKey = linked ? visitKeyFor(patient.patientKey, ids, now) : undefined;
  const [, revocations] = await Promise.all([
    visitKey ? db.decisions.where('visitKey').equals(visitKey).toArray() : [],
    snapshot.orders.length > 0 ? db.qcRevocations.toArray() : [],
  ]);
  const kept = results.filter((result) => PANEL_ITEMS.has(result.itemName));
  const request = {
    ...buildEvaluateRequest(snapshot, kept, 'identifier', TRAINING_SETTINGS, shanghaiIsoOf(now)),
    ...(revocations.length ? { qcRevocations: revocations.map(({ institution, item }) => ({ institution, item })) } : {}),
  };
  return { linked, results, kept, request, foundAt };
}

async function countBenchPatients(db: HrDatabase): Promise<number> {
  return db.patients.where('key').startsWith('bench-').count();
}

/**
 * The steps of the background's `orders/evaluate` handler (entrypoints/background.ts), timed one by
 * one in this page (same origin, same store, same code): where a warm warning's milliseconds go.
 */
async function warmPath({ hisPatientId, idCard, order, samples }: { hisPatientId: string; idCard: string; order: string; samples: number }): Promise<WarmPathSteps> {
  const db = database(DATABASE_NAME);
  await db.open();
  const steps: WarmPathSteps = { findPatient: [], parallelReads: [], engine: [], evaluateSnapshot: [], sessionSet: [], messageRoundTrip: [] };
  const chromeApi = (globalThis as unknown as {
    chrome: { storage: { session: { set(items: Record<string, unknown>): Promise<void> } }; runtime: { sendMessage(message: unknown): Promise<unknown> } };
  }).chrome;
  const ids = { hisPatientId, idCard };
  const snapshot: ScreenSnapshot = { adapterId: 'training-his-order-entry', url: 'http://127.0.0.1/order-entry.html', patient: { ids, name: '张建国', sex: '男', age: '66' }, orders: [{ name: order }] };
  const { settings } = await loadSettings(db);
  for (let i = 0; i < samples + 5; i++) {
    const now = new Date();
    const keep = i >= 5;
    const time = async <T>(step: keyof WarmPathSteps, work: () => T | Promise<T>): Promise<T> => {
      const started = performance.now();
      const value = await work();
      if (keep) steps[step].push(performance.now() - started);
      return value;
    };
    const { link: patient, record } = await time('findPatient', () => findPatientRecord(db, ids));
    if (patient.kind !== 'identifier') throw new Error(`${hisPatientId} not found`);
    const results = resultsOfRecord(record);
    await time('parallelReads', () =>
      Promise.all([db.decisions.where('visitKey').equals(visitKeyFor(patient.patientKey, ids, now)).toArray(), db.qcRevocations.toArray()]),
    );
    const request = buildEvaluateRequest(snapshot, results, 'identifier', settings, shanghaiIsoOf(now));
    await time('engine', () => evaluate(request, settings.policy ? { policy: settings.policy } : {}));
    const verdict = await time('evaluateSnapshot', () => evaluateSnapshot(db, snapshot, settings, now, true));
    await time('sessionSet', () => chromeApi.storage.session.set({ 'panel:bench': { state: verdict.state, context: { ...verdict.context, tabId: 1, frameId: 0 } } }));
    await time('messageRoundTrip', () => chromeApi.runtime.sendMessage({ type: 'settings/get' }));
  }
  return steps;
}

/**
 * The browser's own ceiling, without Dexie or the product: the same rows written with plain
 * IndexedDB `put`s in one transaction into a scratch database with the same indexes, either one row
 * per record (the product's layout) or `rowsPerRecord` rows grouped into one record per patient.
 */
async function rawImport({ rows, rowsPerRecord, seed }: { rows: number; rowsPerRecord: number; seed: number }): Promise<{ ms: number; rows: number; records: number }> {
  generate({ patients: Math.ceil(rows / 10), resultsPerPatient: 10, seed });
  const file = generated!;
  generated = undefined;
  const name = `hr-bench-raw-${rowsPerRecord}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('results', { keyPath: 'id' });
      store.createIndex('patientKey', 'patientKey');
      store.createIndex('performedAt', 'performedAt');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records: unknown[] = [];
  if (rowsPerRecord === 1) records.push(...file.results);
  else {
    for (let start = 0; start < file.results.length; start += rowsPerRecord) {
      const group = file.results.slice(start, start + rowsPerRecord);
      records.push({ id: group[0]!.id, patientKey: group[0]!.patientKey, performedAt: group[0]!.performedAt, results: group });
    }
  }
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('results', 'readwrite');
    const store = transaction.objectStore('results');
    for (const record of records) store.put(record);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const ms = performance.now() - started;
  db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  return { ms, rows: file.results.length, records: records.length };
}

const api: BenchApi = {
  ready: true,
  // The background's daily purge, with the same arguments (entrypoints/background.ts), run here so
  // the benchmark can start it at a known moment and time it.
  async purgeNow() {
    const db = database(DATABASE_NAME);
    const started = performance.now();
    const counts = await purgeExpired(db, builtinCatalogSet, (name, set) => matchOrderName(name, set), new Date());
    return { ms: performance.now() - started, ...counts };
  },
  rawImport,
  warmPath,
  generate,
  async importGenerated(dbName, keepShare = 0) {
    if (!generated) throw new Error('generate() first');
    const file = generated;
    // Kept for reimportGenerated: the first `keepShare` of the patients and their results.
    const patients = file.patients.slice(0, Math.round(file.patients.length * keepShare));
    const kept = new Set(patients.map((patient) => patient.key));
    reimport = keepShare > 0 ? { ...file, patients, results: file.results.filter((result) => kept.has(result.patientKey)) } : undefined;
    generated = undefined;
    return timedImport(dbName, file);
  },
  async reimportGenerated(dbName) {
    if (!reimport) throw new Error('importGenerated(name, share) first');
    const file = reimport;
    reimport = undefined;
    return timedImport(dbName, file);
  },
  importDemo: (dbName, nowIso) => timedImport(dbName, buildDemoData(new Date(nowIso)) as unknown as ExportFile),
  lookups,
  async count(dbName) {
    const db = database(dbName);
    return { patients: await db.patients.count(), results: await countResults(db) };
  },
  async deleteDatabase(dbName) {
    const db = database(dbName);
    databases.delete(dbName);
    await db.delete();
  },
  defaultDatabase: DATABASE_NAME,
};

(window as unknown as { hrBench: BenchApi }).hrBench = api;
document.getElementById('log')!.textContent = `ready · panel items: ${[...PANEL_ITEMS].join('、')}`;
