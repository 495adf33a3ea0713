// Keeps the background's daily purge out of the measurements: cancel its alarm, and report any purge that ran anyway.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../seeds/demo/launch-extension-browser.ts';
import { log } from './bench-log.ts';
import type { BenchFigures } from './figures.ts';

export interface PurgeLine {
  at: number;
  text: string;
}

export function watchPurges(extension: ExtensionBrowser): PurgeLine[] {
  const lines: PurgeLine[] = [];
  extension.context.on('console', (message) => {
    const text = message.text();
    if (text.includes('已清理过期结果') || text.includes('清理失败')) lines.push({ at: Date.now(), text });
  });
  return lines;
}

export async function clearPurgeAlarm(page: Page): Promise<void> {
  const cleared = await page.evaluate(async () => {
    const alarms = (globalThis as unknown as { chrome: { alarms: { clear(name: string): Promise<boolean> } } }).chrome.alarms;
    return alarms.clear('purge-expired');
  });
  log(`purge alarm ${cleared ? 'cancelled for the run' : 'was not armed'}`);
}

/** Purges seen after `since` (the alarm's cancellation) go into details.strayPurges. */
export function reportStrayPurges(purges: readonly PurgeLine[], since: number, results: BenchFigures): void {
  const strayPurges = purges.filter((line) => line.at > since);
  if (strayPurges.length > 0) {
    results.details.strayPurges = strayPurges.map((line) => ({ at: new Date(line.at).toISOString(), text: line.text }));
    log(`warning: the background's purge ran during the benchmark (${strayPurges.length}×): the worker restarted and re-armed it`);
  }
}
