// USER_HZ for /proc/<pid>/stat times: 100 on every Linux this runs on (getconf CLK_TCK).
import { execFileSync } from 'node:child_process';

function clockTicks(): number {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
}

export const sysconf = { clockTicks: clockTicks() };
