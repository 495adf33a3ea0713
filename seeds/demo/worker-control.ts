// Puts the extension's service worker to sleep the way Chrome does after 30 s idle, on demand:
// CDP `ServiceWorker.stopAllWorkers`, then waits until CDP reports the worker's version as
// `stopped` (so a sample never starts with the worker still running).
import type { BrowserContext, Page } from 'playwright-core';

interface VersionEvent {
  versions: { versionId: string; scriptURL: string; runningStatus: string }[];
}

export interface WorkerControl {
  /** `running`, `starting`, `stopping`, `stopped` (all versions of the extension's worker). */
  status(): string;
  stop(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

export async function controlExtensionWorker(context: BrowserContext, page: Page, extensionId: string): Promise<WorkerControl> {
  const cdp = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  const byVersion = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionEvent) => {
    for (const version of event.versions) if (version.scriptURL.startsWith(prefix)) byVersion.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const status = (): string => {
    const states = new Set(byVersion.values());
    if (states.size === 0) return 'unknown';
    if (states.size === 1) return [...states][0]!;
    return states.has('running') ? 'running' : [...states].join('+');
  };
  return {
    status,
    async stop(timeoutMs = 5_000) {
      const started = Date.now();
      await cdp.send('ServiceWorker.stopAllWorkers');
      while (status() !== 'stopped') {
        if (Date.now() - started > timeoutMs) throw new Error(`service worker did not stop within ${timeoutMs} ms (status: ${status()})`);
        await new Promise((done) => setTimeout(done, 10));
      }
      return Date.now() - started;
    },
    close: () => cdp.detach(),
  };
}
