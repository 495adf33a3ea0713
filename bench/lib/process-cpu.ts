// CPU time of the browsers this benchmark started, by process kind, from /proc (Linux only): the
// page's main thread is not the whole cost, since the extension's service worker and panel run in
// the extension's own process. Browsers are found as children of this Node process.
import { readdirSync, readFileSync } from 'node:fs';
import { sysconf } from './sysconf.ts';

export type ProcessKind = 'browser' | 'extension' | 'renderer' | 'gpu' | 'utility' | 'other';

interface ProcInfo {
  pid: number;
  ppid: number;
  ticks: number;
  cmdline: string;
}

function readProcesses(): ProcInfo[] {
  const list: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start at the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const ticks = Number(fields[11]) + Number(fields[12]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      list.push({ pid: Number(entry), ppid, ticks, cmdline });
    } catch {
      // the process ended meanwhile
    }
  }
  return list;
}

function kindOf(cmdline: string): ProcessKind {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  if (type === 'renderer') return cmdline.includes('--extension-process') ? 'extension' : 'renderer';
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility') return 'utility';
  return 'other';
}

/** CPU milliseconds so far of every process under the browser whose command line contains `marker`. */
export function browserCpu(marker: (browserCmdline: string) => boolean): Record<ProcessKind, number> | undefined {
  let processes: ProcInfo[];
  try {
    processes = readProcesses();
  } catch {
    return undefined;
  }
  const root = processes.find((proc) => proc.ppid === process.pid && /chrom/i.test(proc.cmdline) && marker(proc.cmdline));
  if (!root) return undefined;
  const children = new Map<number, ProcInfo[]>();
  for (const proc of processes) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc]);
  const totals: Record<ProcessKind, number> = { browser: 0, extension: 0, renderer: 0, gpu: 0, utility: 0, other: 0 };
  const msPerTick = 1000 / sysconf.clockTicks;
  const walk = (proc: ProcInfo): void => {
    totals[kindOf(proc.cmdline)] += proc.ticks * msPerTick;
    for (const child of children.get(proc.pid) ?? []) walk(child);
  };
  walk(root);
  return totals;
}

export function cpuDelta(before: Record<ProcessKind, number> | undefined, after: Record<ProcessKind, number> | undefined): Record<ProcessKind, number> | undefined {
  if (!before || !after) return undefined;
  const delta = {} as Record<ProcessKind, number>;
  for (const kind of Object.keys(after) as ProcessKind[]) delta[kind] = Math.round(after[kind] - (before[kind] ?? 0));
  return delta;
}
