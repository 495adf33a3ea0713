// What the figures were measured on: they mean little without it (a 2-core shared machine is slow).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  chromiumVersion: string;
  chromiumPath: string;
  nodeVersion: string;
  date: string;
  /** 1-minute load average when the run started (others share this machine). */
  loadAverageAtStart: number;
}

export function describeMachine(chromiumPath: string): MachineInfo {
  let chromiumVersion = 'unknown';
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; the version is on stdout.
    chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // leave "unknown": the run itself will fail later if the browser cannot start
  }
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromiumVersion,
    chromiumPath,
    nodeVersion: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}
