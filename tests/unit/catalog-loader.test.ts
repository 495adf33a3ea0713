// loadCatalogSet: accepts the bundled data, and refuses bad data with the catalog id / file, the
// field path and the reason, never loading part of it.
import { describe, expect, it } from 'vitest';
import { builtinCatalogFiles, builtinPanelFile } from '../../catalogs/index.ts';
import { catalogsInForce } from '../../lib/catalog/catalogs-in-force.ts';
import { CatalogLoadError, loadCatalogSet, type LoadCatalogOptions } from '../../lib/catalog/load-catalogs.ts';

const clone = <T>(value: T): T => structuredClone(value);
const files = () => builtinCatalogFiles.map((f) => clone(f.data)) as Record<string, any>[];
const panelData = () => clone(builtinPanelFile.data) as Record<string, any>;
const sources: LoadCatalogOptions = { catalogSources: builtinCatalogFiles.map((f) => f.file), panelSource: builtinPanelFile.file };

function loadError(catalogs: unknown[], panels: unknown, options: LoadCatalogOptions = sources): CatalogLoadError {
  try {
    loadCatalogSet(catalogs, panels, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogLoadError);
    return error as CatalogLoadError;
  }
  throw new Error('expected loadCatalogSet to throw');
}

describe('loadCatalogSet', () => {
  it('loads the bundled data', () => {
    const set = loadCatalogSet(files(), panelData(), sources);
    expect(set.catalogs).toHaveLength(4);
    expect(set.panels.length).toBeGreaterThan(10);
  });

  it('an invalid field names the catalog id, the file, the path with the item id, and the reason', () => {
    const catalogs = files();
    catalogs[0]!.items[17].window.duration.amount = 0;
    const error = loadError(catalogs, panelData());
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      source: 'catalog chuanyu-lab-2022 (catalogs/chuanyu-lab-2022.json)',
      path: 'items[17].window.duration.amount (chuanyu-lab-2022#18)',
    });
    expect(error.issues[0]?.message).toMatch(/>0|too small|positive/i);
    expect(error.message).toContain('catalog chuanyu-lab-2022 (catalogs/chuanyu-lab-2022.json) at items[17].window.duration.amount');
  });

  it('without file names the error still names the catalog id; without an id, its index', () => {
    const catalogs = files();
    delete catalogs[2]!.id;
    catalogs[3]!.marks = ['渝HR'];
    const error = loadError(catalogs, panelData(), {});
    expect(error.issues.map((i) => `${i.source} @ ${i.path}`)).toEqual(expect.arrayContaining(['catalogs[2] @ id', 'catalog sichuan-imaging-2022 @ marks[0]']));
  });

  it('reports every problem at once, not only the first', () => {
    const catalogs = files();
    catalogs[0]!.items[0].aliases = 'WBC';
    catalogs[1]!.items[5].laterality = 'up';
    const error = loadError(catalogs, panelData());
    expect(error.issues.map((i) => i.path)).toEqual(['items[0].aliases (chuanyu-lab-2022#1)', 'items[5].laterality (chuanyu-imaging-2022#6)']);
  });

  it('refuses an imaging concept that does not match its fields', () => {
    const catalogs = files();
    catalogs[1]!.items[12].laterality = 'right';
    const error = loadError(catalogs, panelData());
    expect(error.issues[0]).toMatchObject({ path: 'items[12].concept (chuanyu-imaging-2022#13)' });
    expect(error.issues[0]?.message).toContain('expected img:DR:knee:right:none:frontal-lateral');
  });

  it('refuses DR with contrast and CT/MR without', () => {
    const catalogs = files();
    catalogs[1]!.items[0].contrast = 'plain';
    catalogs[1]!.items[0].concept = 'img:DR:chest:none:plain:pa';
    catalogs[1]!.items[33].contrast = 'none';
    catalogs[1]!.items[33].concept = 'img:CT:head:none:none:none';
    const messages = loadError(catalogs, panelData()).issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'items[0].contrast (chuanyu-imaging-2022#1): DR items have contrast none, got plain',
        'items[33].contrast (chuanyu-imaging-2022#34): CT items are plain or enhanced, got none',
      ]),
    );
  });

  it('refuses a lab concept that is not lab:<UPPERCASE>, an id not <catalog>#<seq>, a duplicate concept', () => {
    const catalogs = files();
    catalogs[0]!.items[0].concept = 'lab:wbc';
    catalogs[0]!.items[1].id = 'chuanyu-lab-2022#99';
    catalogs[0]!.items[3].concept = 'lab:HB';
    const paths = loadError(catalogs, panelData()).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['items[0].concept (chuanyu-lab-2022#1)', 'items[1].id (chuanyu-lab-2022#99)', 'items[3].concept (chuanyu-lab-2022#4)']));
  });

  it('refuses two catalogs with the same id', () => {
    const catalogs = files();
    catalogs.push(clone(catalogs[2]!));
    const error = loadError(catalogs, panelData(), {});
    expect(error.issues[0]).toMatchObject({ source: 'catalog sichuan-lab-2022', path: 'id' });
    expect(error.issues[0]?.message).toContain('duplicate catalog id');
  });

  it('refuses a panel component that no catalog lists, naming the panel file and path', () => {
    const panels = panelData();
    panels.panels[0].components.push('lab:RDW');
    const error = loadError(files(), panels);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ source: 'panels (catalogs/panels.json)', path: 'panels[0].components[8] (cbc)' });
    expect(error.issues[0]?.message).toContain('lab:RDW is not a concept listed in any catalog');
  });

  it('refuses a malformed panel file', () => {
    const error = loadError(files(), { version: '1', notes: [], panels: [] });
    expect(error.issues[0]).toMatchObject({ source: 'panels (catalogs/panels.json)', path: 'panels' });
  });

  it('refuses a name that would mean two different things', () => {
    const catalogs = files();
    // 葡萄糖 is serum glucose (lab:GLU); giving it to the urine dipstick item must fail.
    catalogs[0]!.items[11].aliases.push('葡萄糖');
    const error = loadError(catalogs, panelData());
    expect(error.issues[0]?.path).toBe('items[44].aliases[0] (chuanyu-lab-2022#45)');
    expect(error.issues[0]?.message).toContain('also names lab:U-GLU');
  });

  it('refuses a panel name equal to an item name', () => {
    const panels = panelData();
    panels.panels[0].aliases.push('白细胞');
    const error = loadError(files(), panels);
    expect(error.issues[0]?.source).toBe('panels (catalogs/panels.json)');
    expect(error.issues[0]?.message).toContain('also names lab:WBC');
  });

  it('accepts a newer list as one more data file (e.g. a 2025 imaging list) without code changes', () => {
    const catalogs = files();
    const set = loadCatalogSet([...catalogs, newerImagingList(catalogs[1]!)], panelData());
    expect(set.entriesByConcept.get('img:MR:knee:left:plain:none')?.map((e) => e.catalog.id)).toContain('chuanyu-imaging-2025');
    // Before its effective date the 2022 list governs; from then on only the 2025 list.
    expect(catalogsInForce(set.catalogs, '2025-06-08').map((c) => c.id)).toContain('chuanyu-imaging-2022');
    expect(catalogsInForce(set.catalogs, '2025-06-09').map((c) => c.id)).toEqual([
      'chuanyu-lab-2022',
      'sichuan-lab-2022',
      'sichuan-imaging-2022',
      'chuanyu-imaging-2025',
    ]);
  });

  it('refuses supersedes across kinds or regions, of itself, or of a later list', () => {
    const catalogs = files();
    const newer = newerImagingList(catalogs[1]!);
    newer.supersedes = ['chuanyu-lab-2022', 'chuanyu-imaging-2025', 'sichuan-imaging-2022'];
    const later = newerImagingList(catalogs[1]!);
    later.id = 'chuanyu-imaging-2019';
    later.effectiveDate = '2019-01-01';
    later.items = later.items.map((item: Record<string, unknown>) => ({ ...item, id: `chuanyu-imaging-2019#${String(item.seq)}` }));
    const error = loadError([...catalogs, newer, later], panelData(), {});
    expect(error.issues.map((i) => `${i.source} ${i.path}: ${i.message}`)).toEqual([
      'catalog chuanyu-imaging-2025 supersedes[0]: chuanyu-lab-2022 is a chuanyu lab list; a chuanyu imaging list can only supersede a list of the same region and kind',
      'catalog chuanyu-imaging-2025 supersedes[1]: a catalog cannot supersede itself',
      'catalog chuanyu-imaging-2025 supersedes[2]: sichuan-imaging-2022 is a sichuan imaging list; a chuanyu imaging list can only supersede a list of the same region and kind',
      'catalog chuanyu-imaging-2019 supersedes[0]: chuanyu-imaging-2022 takes effect 2023-05-09, not before this list (2019-01-01)',
    ]);
  });
});

/** A stand-in for the 2025 川渝 imaging list: same items under a new id, superseding the 2022 list. */
function newerImagingList(base: Record<string, any>): Record<string, any> {
  const newer = clone(base);
  newer.id = 'chuanyu-imaging-2025';
  newer.version = '141-items';
  newer.effectiveDate = '2025-06-09';
  newer.supersedes = ['chuanyu-imaging-2022'];
  newer.items = newer.items.map((item: Record<string, unknown>) => ({ ...item, id: `chuanyu-imaging-2025#${String(item.seq)}` }));
  return newer;
}
