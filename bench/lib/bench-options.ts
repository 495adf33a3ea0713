// What one benchmark run is: where the builds are, the CLI options (--quick, --with-purge) and the sizes they imply.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-bench/');
export const NORMAL_BUILD_DIR = join(ROOT, '.output/chrome-mv3/');
export const BENCH_PAGES_DIR = join(ROOT, 'bench/pages/');

export interface StoreSize {
  patients: number;
  resultsPerPatient: number;
}

/** The small store the 1M lookups are compared with. */
export const SMALL: StoreSize = { patients: 1_000, resultsPerPatient: 10 };
/** The training HIS's demo patient, who has a valid prior for the demo order. */
export const DEMO_PATIENT = 'MZ20260001';
export const DEMO_ORDER = '左侧膝关节磁共振平扫成像';

export interface BenchOptions {
  /** `--quick`: 100,000 results instead of 1,000,000, written to results.quick.json. */
  quick: boolean;
  /** `--with-purge`: also time the daily purge over the full store. */
  withPurge: boolean;
  /**
   * `--only page` (demo data + page overhead) or `--only store` (import + lookups): one step, for
   * working on it; writes bench/results.partial.json, never the committed results.
   */
  only: 'page' | 'store' | undefined;
  resultsFile: string;
  /** The store every figure but the 10k lookups is measured on. */
  big: StoreSize;
  /** Suffix of the figures measured on `big`: `1m`, or `100k` when quick. */
  label: '1m' | '100k';
}

export function parseBenchOptions(): BenchOptions {
  const { values: args } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, 'with-purge': { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  const quick = args.quick ?? false;
  if (args.only !== undefined && args.only !== 'page' && args.only !== 'store') throw new Error(`--only ${args.only}: expected "page" or "store"`);
  const only = args.only;
  return {
    quick,
    withPurge: args['with-purge'] ?? false,
    only,
    resultsFile: join(ROOT, only ? 'bench/results.partial.json' : quick ? 'bench/results.quick.json' : 'bench/results.json'),
    big: quick ? { patients: 10_000, resultsPerPatient: 10 } : { patients: 100_000, resultsPerPatient: 10 },
    label: quick ? '100k' : '1m',
  };
}
