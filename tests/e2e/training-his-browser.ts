// The setup most end-to-end files share: the training HIS (and the legacy screens) served locally,
// Debian's Chromium with the built extension loaded, and the demo data imported through the options
// page as a trainer would. One browser profile per test file, so files do not see each other's choices.
import { afterAll, beforeAll, expect } from 'vitest';
import { serveTrainingHis, type RunningServer } from '../../seeds/demo/serve-training-his.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../seeds/demo/launch-extension-browser.ts';
import { loadDemoData } from '../../seeds/demo/load-demo-data.ts';

export interface TrainingHisBrowser {
  readonly server: RunningServer;
  readonly browser: ExtensionBrowser;
}

/** Registers the file's beforeAll / afterAll; read `server` and `browser` inside tests. */
export function useTrainingHisBrowser(): TrainingHisBrowser {
  const env = {} as { server: RunningServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await serveTrainingHis();
    env.browser = await launchExtensionBrowser({ headless: true });
    expect(await loadDemoData(env.browser.context, env.browser.extensionId)).toContain('导入完成');
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
