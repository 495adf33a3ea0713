// The run's output: figures in a fixed order, bench/results.json (or results.quick.json) and the table on stdout.
import { writeFileSync } from 'node:fs';
import { log, startedAt } from './bench-log.ts';
import type { BenchOptions } from './bench-options.ts';
import type { BenchFigures, Figure } from './figures.ts';
import type { MachineInfo } from './machine.ts';

const ORDER = [
  'import.rowsPerSecond',
  'lookup.p50Ms.10k',
  'lookup.p95Ms.10k',
  'lookup.p50Ms.1m',
  'lookup.p95Ms.1m',
  'lookup.p50Ms.100k',
  'lookup.p95Ms.100k',
  'lookup.growthRatio.p95',
  'warning.p50Ms.warm',
  'warning.p95Ms.warm',
  'warning.p50Ms.asleep',
  'warning.p95Ms.asleep',
  'page.overheadRatio',
  'contentScript.gzipBytes',
  'purge.seconds.1m',
  'purge.seconds.100k',
  'diag.warning.maxMsDuringPurge',
  'diag.import.rawIndexedDbRowsPerSecond',
  'diag.import.tenRowsPerRecordRowsPerSecond',
  'diag.page.browserCpuRatio',
];

export function orderFigures(figures: Figure[]): void {
  figures.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
}

export function writeResults(results: BenchFigures, machine: MachineInfo, options: BenchOptions): void {
  const { cpuModel, cores, memoryGiB, chromiumVersion, nodeVersion, date, loadAverageAtStart } = machine;
  const output = {
    machine: { cpuModel, cores, memoryGiB, chromiumVersion, nodeVersion, date, loadAverageAtStart },
    quick: options.quick || undefined,
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    figures: results.figures,
    details: results.details,
  };
  writeFileSync(options.resultsFile, `${JSON.stringify(output, null, 2)}\n`);
  log(`wrote ${options.resultsFile}`);
}

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((entry) => [entry.name, `${entry.value} ${entry.unit}`, entry.target ?? '—', entry.pass === undefined ? '' : entry.pass ? 'pass' : 'FAIL']);
  const header = ['figure', 'value', 'target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  const judged = figures.filter((entry) => entry.pass !== undefined);
  console.log(`\n${judged.filter((entry) => entry.pass).length} of ${judged.length} targets met (the benchmark reports; it does not gate).`);
}
