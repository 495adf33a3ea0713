// The catalogs bundled with the extension, validated when this module loads. A data error stops
// the module (and the build's tests) with the catalog id, field path and reason: silently falling
// back to fewer items would hide recognised results from doctors.
import type { CatalogSet } from '../lib/catalog/catalog-set.ts';
import { loadCatalogSet } from '../lib/catalog/load-catalogs.ts';
import chuanyuImaging from './chuanyu-imaging-2022.json' with { type: 'json' };
import chuanyuLab from './chuanyu-lab-2022.json' with { type: 'json' };
import panels from './panels.json' with { type: 'json' };
import sichuanImaging from './sichuan-imaging-2022.json' with { type: 'json' };
import sichuanLab from './sichuan-lab-2022.json' with { type: 'json' };

/** The raw bundled data, file name → content, for tools that re-load it with deployment additions. */
export const builtinCatalogFiles: ReadonlyArray<{ file: string; data: unknown }> = [
  { file: 'catalogs/chuanyu-lab-2022.json', data: chuanyuLab },
  { file: 'catalogs/chuanyu-imaging-2022.json', data: chuanyuImaging },
  { file: 'catalogs/sichuan-lab-2022.json', data: sichuanLab },
  { file: 'catalogs/sichuan-imaging-2022.json', data: sichuanImaging },
];
export const builtinPanelFile: { file: string; data: unknown } = { file: 'catalogs/panels.json', data: panels };

export const builtinCatalogSet: CatalogSet = loadCatalogSet(
  builtinCatalogFiles.map((f) => f.data),
  builtinPanelFile.data,
  { catalogSources: builtinCatalogFiles.map((f) => f.file), panelSource: builtinPanelFile.file },
);
