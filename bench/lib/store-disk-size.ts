// Size on disk of the extension's IndexedDB, found through the benchmark browser's profile on the command line (/proc).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes on disk of the extension's IndexedDB (the profile is found from the browser's command line). */
export function storeDiskBytes(extensionId: string): number | undefined {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      const args = cmdline.split('\0');
      // Our browser only: the one loading the benchmark build (others' test browsers load .output/chrome-mv3).
      if (!args.some((arg) => arg.startsWith('--disable-extensions-except=') && arg.includes('chrome-mv3-bench'))) continue;
      const profile = args.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
      if (!profile) continue;
      const dir = join(profile, 'Default/IndexedDB', `chrome-extension_${extensionId}_0.indexeddb.leveldb`);
      if (!existsSync(dir)) continue;
      return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    }
  } catch {
    // not Linux, or the profile is elsewhere: the figure is only a detail
  }
  return undefined;
}
