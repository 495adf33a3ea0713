// The extension's bundles get the bundled catalogs and the matcher's tables from the build
// (catalogs/prebuilt-catalogs-plugin.ts) instead of validating and building them at run time. What
// they get must be exactly what Node builds: the same catalogs, the same tables, the same matches.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { prebuiltCatalogsData, prebuiltCatalogsModule, RESTORE_MODULE } from '../../catalogs/prebuilt-catalogs-plugin.ts';
import { restoreBuiltinCatalogs, type PrebuiltCatalogs } from '../../catalogs/restore-builtin-catalogs.ts';
import { buildCatalogSet } from '../../lib/catalog/catalog-set.ts';
import { catalogImagingIndex } from '../../lib/matching/imaging-catalog.ts';
import { labIndex } from '../../lib/matching/lab-index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { serializePanelIndex } from '../../lib/matching/panel-match.ts';

/** What the bundle carries: the module's JSON text, parsed as the service worker parses it. */
async function shipped(): Promise<PrebuiltCatalogs> {
  const source = await prebuiltCatalogsModule();
  const json = /JSON\.parse\((".*")\)\);$/m.exec(source)?.[1];
  if (!json) throw new Error(`no JSON text in the module:\n${source.slice(0, 300)}`);
  return JSON.parse(JSON.parse(json) as string) as PrebuiltCatalogs;
}

/** Names the matcher must treat alike on both sets: every printed name and alias, and messy variants. */
function orderNames(): string[] {
  const names = new Set<string>();
  for (const catalog of builtinCatalogSet.catalogs) {
    for (const item of catalog.items) {
      for (const name of [item.name, ...item.aliases]) {
        names.add(name);
        names.add(`[250101001]${name}(自费)`);
        names.add(`左侧${name}`);
        names.add(`${name}增强`);
      }
    }
  }
  for (const panel of builtinCatalogSet.panels) for (const name of [panel.name, ...panel.aliases]) names.add(name);
  for (const name of ['血常规五分类检查', '肝肾功能', '甲功', '右膝MRI平扫', '胸部正侧位', '头颅CT平扫+增强', '尿常规(干化学)', '葡萄糖', 'XCG', '生化全套', '甲状腺彩超']) {
    names.add(name);
  }
  return [...names];
}

describe('prebuilt catalogs (what the extension bundles carry)', () => {
  it('the module imports the restorer and carries the catalogs as one JSON text', async () => {
    const source = await prebuiltCatalogsModule();
    expect(source.split('\n')[0]).toBe(`import { restoreBuiltinCatalogs } from ${JSON.stringify(RESTORE_MODULE)};`);
    expect(await shipped()).toEqual(JSON.parse(JSON.stringify(await prebuiltCatalogsData())));
  });

  it('restores the same catalogs, panels and look-ups as loading the files', async () => {
    const restored = restoreBuiltinCatalogs(await shipped());
    expect(restored.catalogs).toStrictEqual(builtinCatalogSet.catalogs);
    expect(restored.panels).toStrictEqual(builtinCatalogSet.panels);
    expect(restored.entriesByConcept).toEqual(builtinCatalogSet.entriesByConcept);
  });

  it('restores tables equal to freshly built ones, pointing at the restored set’s own items', async () => {
    const restored = restoreBuiltinCatalogs(await shipped());
    const imaging = catalogImagingIndex(restored);
    expect(imaging).toStrictEqual(catalogImagingIndex(builtinCatalogSet));
    for (const entry of imaging.entries) expect(restored.catalogs).toContain(entry.catalog);
    expect(labIndex(restored)).toStrictEqual(labIndex(builtinCatalogSet));
    expect(serializePanelIndex(restored)).toEqual(serializePanelIndex(builtinCatalogSet));
    expect(imaging.entries.length).toBeGreaterThan(100);
    expect(labIndex(restored).byKey.size).toBeGreaterThan(1000);
  });

  it('the matcher gives every name the same answer on the restored set', async () => {
    const restored = restoreBuiltinCatalogs(await shipped());
    const names = orderNames();
    expect(names.length).toBeGreaterThan(1000);
    for (const name of names) expect(matchOrderName(name, restored), name).toStrictEqual(matchOrderName(name, builtinCatalogSet));
  });

  it('refuses tables that do not fit the catalogs they are restored for', async () => {
    const data = await shipped();
    const fewer = (): PrebuiltCatalogs => ({ ...structuredClone(data), catalogs: data.catalogs.slice(1) });
    expect(() => restoreBuiltinCatalogs(fewer())).toThrow(/prebuilt imaging index does not fit/);
    const noPanels = structuredClone(data);
    noPanels.indexes.imaging.entries = [];
    noPanels.panels = [];
    expect(() => restoreBuiltinCatalogs(noPanels)).toThrow(/prebuilt panel index does not fit/);
    const badLab = structuredClone(data);
    badLab.indexes.lab.byKey[0] = [badLab.indexes.lab.byKey[0]![0], badLab.indexes.lab.entries.length];
    expect(() => restoreBuiltinCatalogs(badLab)).toThrow(/points at no entry/);
  });

  it('a set restored once is not rebuilt from the catalogs (the tables come from the data)', async () => {
    const data = await shipped();
    const set = buildCatalogSet(data.catalogs, data.panels);
    // Tables that say something different from the catalogs: the restored ones are what is used.
    data.indexes.lab.byKey = data.indexes.lab.byKey.filter(([key]) => key !== '白细胞计数');
    const restored = restoreBuiltinCatalogs(data);
    expect(labIndex(restored).byKey.has('白细胞计数')).toBe(false);
    expect(labIndex(set).byKey.has('白细胞计数')).toBe(true);
  });
});
