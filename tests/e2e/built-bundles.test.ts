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

  it('the manifest asks for no host at install beyond the training HIS on loopback', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      host_permissions: string[];
      optional_host_permissions: string[];
      permissions: string[];
      content_scripts: { matches: string[] }[];
    };
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    // A deployment's HIS origins are asked for when IT staff configure them.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('webRequest');
    for (const script of manifest.content_scripts) expect(script.matches).toEqual(manifest.host_permissions);
  });
});
