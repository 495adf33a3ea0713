// Finds the Chromium to drive: CHROME_PATH, else Debian's `chromium` on PATH. Never downloads one
// (hospital and CI machines have no internet); a missing browser is an error that says what to do.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.CHROME_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROME_PATH=${explicit} 不是可执行文件。请改正 CHROME_PATH，或安装 Chromium：sudo apt-get install -y chromium`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(
    '未找到 Chromium（Chromium not found）。在 Debian/Ubuntu 上运行：sudo apt-get update && sudo apt-get install -y chromium ；' +
      '或设置 CHROME_PATH 指向 Chromium/Chrome 可执行文件。',
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
