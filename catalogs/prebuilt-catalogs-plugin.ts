// Build step: the extension bundles never validate the bundled catalogs or build the matcher's tables
// at run time. Every import of `catalogs/index.ts` in the extension's bundles gets a module written
// here instead: the catalogs as this build validated them (an invalid catalog fails the build with the
// loader's message), and the tables, as one JSON text. A service worker woken by an order screen was
// spending ~40 ms on both before its first warning (docs/benchmarks.md, "Session 4"). Node (tests, the
// CLI) keeps using `catalogs/index.ts` itself; tests prove both give the same catalog set and tables,
// and that the built bundles carry this module (tests/e2e/built-bundles.test.ts).
// One caveat, accepted: the tables' keys are now normalised by Node's Unicode data (NFKC, \p{…}) and
// the order names by the browser's. For the CJK and ASCII text of item names both agree since long
// before Chromium 86.
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import { prebuildMatcherIndexes } from '../lib/matching/prebuilt-indexes.ts';
import type { PrebuiltCatalogs } from './restore-builtin-catalogs.ts';

const VIRTUAL_ID = '\0hr-prebuilt-catalogs';
// Vite's resolved ids use forward slashes on every system.
const CATALOG_INDEX = normalizePath(fileURLToPath(new URL('./index.ts', import.meta.url)));
export const RESTORE_MODULE = normalizePath(fileURLToPath(new URL('./restore-builtin-catalogs.ts', import.meta.url)));

/** The bundled catalogs as this build validated them, and the matcher's tables for them. */
export async function prebuiltCatalogsData(): Promise<PrebuiltCatalogs> {
  // Loaded here, not at the top: loading validates the catalogs, and a data error must fail this step.
  const { builtinCatalogSet } = await import('./index.ts');
  return {
    catalogs: [...builtinCatalogSet.catalogs],
    panels: [...builtinCatalogSet.panels],
    indexes: prebuildMatcherIndexes(builtinCatalogSet),
  };
}

/** What the bundles get for `catalogs/index.ts`: only `builtinCatalogSet` (the raw files stay out). */
export async function prebuiltCatalogsModule(): Promise<string> {
  const data = await prebuiltCatalogsData();
  return [
    `import { restoreBuiltinCatalogs } from ${JSON.stringify(RESTORE_MODULE)};`,
    // A JSON text, parsed once: cheaper for V8 than the same data as an object literal.
    `export const builtinCatalogSet = restoreBuiltinCatalogs(JSON.parse(${JSON.stringify(JSON.stringify(data))}));`,
  ].join('\n');
}

export function prebuiltCatalogsPlugin(): Plugin {
  let source: Promise<string> | undefined;
  return {
    name: 'hr-prebuilt-catalogs',
    enforce: 'pre',
    // Not in `wxt dev`: the tables are written once per process, and a catalog or matcher file edited
    // while it runs would leave them behind the code that reads them. Dev bundles load the files.
    apply: (_config, env) => env.mode !== 'development',
    async resolveId(id, importer, options) {
      if (!importer || !id.endsWith('catalogs/index.ts')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved?.id === CATALOG_INDEX ? VIRTUAL_ID : null;
    },
    load(id) {
      if (id !== VIRTUAL_ID) return null;
      return (source ??= prebuiltCatalogsModule());
    },
  };
}
