// The content script's gzip size (it loads into every HIS page), and whether the bench build's copy matches the normal build's.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, NORMAL_BUILD_DIR } from './bench-options.ts';
import type { BenchFigures } from './figures.ts';

export function measureContentScriptSize(results: BenchFigures): void {
  const file = join(EXTENSION_DIR, 'content-scripts/his.js');
  const bytes = readFileSync(file);
  const gzipBytes = gzipSync(bytes, { level: 9 }).length;
  const digest = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  const normal = join(NORMAL_BUILD_DIR, 'content-scripts/his.js');
  const same = existsSync(normal) ? digest(readFileSync(normal)) === digest(bytes) : undefined;
  results.figure('contentScript.gzipBytes', gzipBytes, 'bytes', ['<', 50 * 1024],
    `content-scripts/his.js: ${bytes.length} bytes raw, gzip -9` +
      (same === undefined ? '' : same ? '; identical to .output/chrome-mv3' : '; .output/chrome-mv3 holds a build of another state of the tree'));
}
