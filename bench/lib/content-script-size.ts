// The content script's gzip size (it loads into every HIS page), and the normal build's for comparison.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, NORMAL_BUILD_DIR } from './bench-options.ts';
import type { BenchFigures } from './figures.ts';

export function measureContentScriptSize(results: BenchFigures): void {
  const file = join(EXTENSION_DIR, 'content-scripts/his.js');
  const bytes = readFileSync(file);
  const gzipBytes = gzipSync(bytes, { level: 9 }).length;
  // The bench build mangles names a little differently (it has one more entrypoint), so the normal
  // build's copy is reported by its own size, not compared byte for byte.
  const normal = join(NORMAL_BUILD_DIR, 'content-scripts/his.js');
  const normalGzip = existsSync(normal) ? gzipSync(readFileSync(normal), { level: 9 }).length : undefined;
  results.figure('contentScript.gzipBytes', gzipBytes, 'bytes', ['<', 50 * 1024],
    `content-scripts/his.js of the bench build: ${bytes.length} bytes raw, gzip -9` +
      (normalGzip === undefined ? '' : `; the normal build's (.output/chrome-mv3, as last built): ${normalGzip} bytes gzip`));
}
