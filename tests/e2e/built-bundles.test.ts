// What the build puts in the extension's bundles, read from the built files: the background carries
// the catalogs prebuilt by catalogs/prebuilt-catalogs-plugin.ts (the restorer and its JSON text), not
// the loader that validates catalogs and builds the matcher's tables at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../seeds/demo/launch-extension-browser.ts';

const background = (): string => readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
// A failed match would print the whole bundle: report only whether it matched.
const has = (code: string, pattern: string | RegExp): boolean => (typeof pattern === 'string' ? code.includes(pattern) : pattern.test(code));

describe('the built extension bundles', () => {
  it('the background restores the prebuilt catalogs and has no catalog loader', () => {
    const code = background();
    expect(has(code, 'prebuilt imaging index does not fit these catalogs')).toBe(true);
    expect(has(code, 'prebuilt lab index')).toBe(true);
    expect(has(code, 'duplicate catalog id')).toBe(false);
    // As one JSON text (the minifier may quote it with backticks).
    expect(has(code, /JSON\.parse\([`"']\{\\?"catalogs\\?":\[\{\\?"id\\?":\\?"chuanyu-lab-2022/)).toBe(true);
  });
});
