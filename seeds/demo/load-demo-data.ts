// Loads the training patients' prior results into the extension the way a trainer or IT engineer
// would: through the options page's file import.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildDemoData } from '../demo-data/demo-patients.ts';

export async function importViaOptionsPage(context: BrowserContext, extensionId: string, data: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hr-assistant-import-'));
  const file = join(dir, 'demo-results.json');
  await writeFile(file, JSON.stringify(data), 'utf8');
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByTestId('import-file').setInputFiles(file);
    const outcome = page.locator('[role=status], [role=alert]').first();
    await outcome.waitFor({ timeout: 15_000 });
    const text = (await outcome.textContent()) ?? '';
    if ((await outcome.getAttribute('role')) === 'alert') throw new Error(`导入失败：${text}`);
    return text;
  } finally {
    await page.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function loadDemoData(context: BrowserContext, extensionId: string, now: Date = new Date()): Promise<string> {
  return importViaOptionsPage(context, extensionId, buildDemoData(now));
}
