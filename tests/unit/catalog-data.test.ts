// The bundled catalogs as data: each validates on its own, metadata, counts, shared concepts
// between the 川渝 and Sichuan lists, inferences carrying notes, aliases and LOINC codes.
import { describe, expect, it } from 'vitest';
import chuanyuImaging from '../../catalogs/chuanyu-imaging-2022.json' with { type: 'json' };
import chuanyuLab from '../../catalogs/chuanyu-lab-2022.json' with { type: 'json' };
import { builtinCatalogSet } from '../../catalogs/index.ts';
import panels from '../../catalogs/panels.json' with { type: 'json' };
import sichuanImaging from '../../catalogs/sichuan-imaging-2022.json' with { type: 'json' };
import sichuanLab from '../../catalogs/sichuan-lab-2022.json' with { type: 'json' };
import { catalogSchema, panelFileSchema, type Catalog, type LabItem } from '../../lib/catalog/catalog-schema.ts';
import { nameKey } from '../../lib/catalog/concept-key.ts';

const raw: [string, unknown][] = [
  ['chuanyu-lab-2022', chuanyuLab],
  ['chuanyu-imaging-2022', chuanyuImaging],
  ['sichuan-lab-2022', sichuanLab],
  ['sichuan-imaging-2022', sichuanImaging],
];
const byId = (id: string): Catalog => {
  const catalog = builtinCatalogSet.catalogs.find((c) => c.id === id);
  if (!catalog) throw new Error(`no catalog ${id}`);
  return catalog;
};
const labItems = (id: string): LabItem[] => byId(id).items.filter((i): i is LabItem => i.kind === 'lab');

describe('bundled catalog files', () => {
  it.each(raw)('%s validates against catalogSchema', (id, data) => {
    const result = catalogSchema.safeParse(data);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
    expect(result.data?.id).toBe(id);
  });

  it('panels.json validates against panelFileSchema', () => {
    expect(panelFileSchema.safeParse(panels).success).toBe(true);
  });

  it('the built-in set holds the four catalogs with 81 / 80 / 16 / 47 items', () => {
    expect(builtinCatalogSet.catalogs.map((c) => [c.id, c.items.length])).toEqual([
      ['chuanyu-lab-2022', 81],
      ['chuanyu-imaging-2022', 80],
      ['sichuan-lab-2022', 16],
      // 53 in the plan; our copy ends at 46, 47 is inferred, 48–53 are left out (see catalog notes).
      ['sichuan-imaging-2022', 47],
    ]);
  });

  it('metadata: marks, regions, kinds, citations, sources', () => {
    expect(byId('chuanyu-lab-2022')).toMatchObject({ region: 'chuanyu', marks: ['川渝HR'], kind: 'lab', citation: '川渝检验互认清单', source: '001_7af1d14eeb2cfd95.txt' });
    expect(byId('chuanyu-imaging-2022')).toMatchObject({ region: 'chuanyu', marks: ['川渝HR'], kind: 'imaging', citation: '川渝影像互认清单', source: '001_7af1d14eeb2cfd95.txt' });
    expect(byId('sichuan-lab-2022')).toMatchObject({ region: 'sichuan', marks: ['川内HR'], kind: 'lab', citation: '四川检验互认清单', source: '000_61880e38ca8f7a02.txt' });
    expect(byId('sichuan-imaging-2022')).toMatchObject({ region: 'sichuan', marks: ['川内HR'], kind: 'imaging', citation: '四川影像互认清单', source: '000_61880e38ca8f7a02.txt' });
    expect(byId('sichuan-lab-2022').issuingDocument).toContain('四川省医疗机构检查检验结果互认工作实施方案');
  });

  it('effective dates are placeholders, and each says so', () => {
    for (const catalog of builtinCatalogSet.catalogs) {
      const note = catalog.inferences?.find((i) => i.field === 'effectiveDate')?.note;
      expect(note, catalog.id).toBeTruthy();
    }
  });

  it('川渝 imaging defaults to the printed 90 days; Sichuan imaging borrows it as an inference', () => {
    expect(byId('chuanyu-imaging-2022').defaultWindow).toEqual({ kind: 'fixed', duration: { amount: 90, unit: 'day' } });
    const sc = byId('sichuan-imaging-2022').defaultWindow;
    expect(sc).toMatchObject({ kind: 'fixed', duration: { amount: 90, unit: 'day' }, inference: { inferred: true } });
    expect(sc?.inference?.note).toContain('川渝');
    for (const catalog of [byId('chuanyu-imaging-2022'), byId('sichuan-imaging-2022')]) {
      for (const item of catalog.items) expect(item.window, item.id).toBeUndefined();
    }
  });
});

describe('shared concepts', () => {
  // Sichuan lab seq → 川渝 lab seq, from reading the two lists side by side.
  const pairs: [number, number, string][] = [
    [1, 1, 'lab:WBC'],
    [2, 2, 'lab:RBC'],
    [3, 3, 'lab:HB'],
    [4, 5, 'lab:PLT'],
    [5, 42, 'lab:UREA'],
    [6, 44, 'lab:UA'],
    [7, 43, 'lab:CR'],
    [8, 25, 'lab:TP'],
    [9, 26, 'lab:ALB'],
    [10, 36, 'lab:TC'],
    [11, 37, 'lab:TG'],
    [12, 27, 'lab:ALT'],
    [13, 28, 'lab:AST'],
    [14, 31, 'lab:CK'],
    [15, 32, 'lab:LDH'],
    [16, 57, 'lab:HBSAG'],
  ];

  it.each(pairs)('Sichuan lab #%i = 川渝 lab #%i = %s', (sc, cy, concept) => {
    expect(labItems('sichuan-lab-2022').find((i) => i.seq === sc)?.concept).toBe(concept);
    expect(labItems('chuanyu-lab-2022').find((i) => i.seq === cy)?.concept).toBe(concept);
  });

  it('every Sichuan lab concept exists in the 川渝 lab list', () => {
    const cy = new Set(labItems('chuanyu-lab-2022').map((i) => i.concept));
    for (const item of labItems('sichuan-lab-2022')) expect(cy.has(item.concept), item.id).toBe(true);
  });

  it('entriesByConcept finds both lists for a shared concept', () => {
    expect(builtinCatalogSet.entriesByConcept.get('lab:HBSAG')?.map((e) => e.catalog.id).sort()).toEqual(['chuanyu-lab-2022', 'sichuan-lab-2022']);
    expect(builtinCatalogSet.entriesByConcept.get('img:DR:chest:none:none:pa')?.map((e) => e.item.id).sort()).toEqual([
      'chuanyu-imaging-2022#1',
      'sichuan-imaging-2022#1',
    ]);
  });

  it('concept keys use the agreed forms', () => {
    for (const item of labItems('chuanyu-lab-2022')) expect(item.concept).toMatch(/^lab:[A-Z0-9][A-Z0-9-]*$/);
    const concepts = new Set(labItems('chuanyu-lab-2022').map((i) => i.concept));
    for (const key of ['lab:WBC', 'lab:HB', 'lab:U-PRO', 'lab:PT', 'lab:HBSAG', 'lab:ABO', 'lab:RHD', 'lab:UREA']) expect(concepts.has(key), key).toBe(true);
  });
});

describe('Sichuan windows and requirements', () => {
  it('every Sichuan lab window is borrowed from the 川渝 item of the same concept and says so', () => {
    const cy = new Map(labItems('chuanyu-lab-2022').map((i) => [i.concept, i]));
    for (const item of labItems('sichuan-lab-2022')) {
      const source = cy.get(item.concept);
      const { inference, ...window } = item.window ?? { kind: 'fixed' };
      const { inference: _ignored, ...sourceWindow } = source?.window ?? { kind: 'fixed' };
      expect(window, item.id).toEqual(sourceWindow);
      expect(inference?.inferred, item.id).toBe(true);
      expect(inference?.note, item.id).toContain(`川渝检验互认清单第 ${source?.seq} 项`);
    }
  });

  it('Sichuan HBsAg carries 需标明方法学、定量或定性 and no other item carries a requirement', () => {
    const items = labItems('sichuan-lab-2022');
    expect(items.find((i) => i.seq === 16)?.requirement).toBe('需标明方法学、定量或定性');
    expect(items.filter((i) => i.requirement !== undefined).map((i) => i.seq)).toEqual([16]);
    expect(labItems('chuanyu-lab-2022').some((i) => i.requirement !== undefined)).toBe(false);
  });
});

describe('inferences', () => {
  it('every inferred value has a note', () => {
    let inferred = 0;
    for (const catalog of builtinCatalogSet.catalogs) {
      for (const inference of catalog.inferences ?? []) {
        expect(inference.note.trim().length, `${catalog.id} ${inference.field}`).toBeGreaterThan(10);
        inferred += 1;
      }
      if (catalog.defaultWindow?.inference) {
        expect(catalog.defaultWindow.inference.note.trim().length).toBeGreaterThan(10);
        inferred += 1;
      }
      for (const item of catalog.items) {
        if (item.window?.inference) {
          expect(item.window.inference.note.trim().length, item.id).toBeGreaterThan(10);
          inferred += 1;
        }
        for (const inference of item.inferences ?? []) {
          expect(inference.note.trim().length, `${item.id} ${inference.field}`).toBeGreaterThan(5);
          inferred += 1;
        }
        // An item with an inference also explains it in its notes shown to users.
        if (item.window?.inference || item.inferences?.length) expect(item.notes.length, item.id).toBeGreaterThan(0);
      }
    }
    expect(inferred).toBeGreaterThan(50);
  });

  it('the 川渝 issuing document attribution is marked as inferred', () => {
    for (const id of ['chuanyu-lab-2022', 'chuanyu-imaging-2022']) {
      expect(byId(id).inferences?.some((i) => i.field === 'issuingDocument'), id).toBe(true);
    }
  });
});

describe('aliases', () => {
  const cyLab = new Map(labItems('chuanyu-lab-2022').map((i) => [i.concept, i]));
  const aliasesOf = (concept: string) => cyLab.get(concept)?.aliases ?? [];

  it.each([
    ['lab:HB', ['血红蛋白', 'Hb', 'HGB']],
    ['lab:ALT', ['谷丙转氨酶', '丙氨酸氨基转移酶', 'ALT']],
    ['lab:AST', ['谷草转氨酶', '天门冬氨酸氨基转移酶', 'AST']],
    ['lab:TG', ['甘油三酯', '甘油三脂']],
    ['lab:GGT', ['γ-GT', '谷氨酰转肽酶']],
    ['lab:HBSAG', ['乙肝表面抗原']],
    ['lab:HCT', ['红细胞压积']],
  ])('%s includes %j', (concept, expected) => {
    for (const alias of expected) expect(aliasesOf(concept)).toContain(alias);
  });

  it('ambiguous short names are not aliases of any item', () => {
    // TP: total protein or Treponema; P: phosphate or anything; pH: urine or blood gas; CT: the scanner;
    // HCG: serum β or urine pregnancy test; 血糖: may be a bedside strip; 胸片: PA or PA+lateral.
    const all = new Set(builtinCatalogSet.catalogs.flatMap((c) => c.items.flatMap((i) => i.aliases.map(nameKey))));
    for (const bad of ['TP', 'P', 'pH', 'CT', 'HCG', '血糖', '胸片', '甲功', 'BIL', 'KET', 'PRO', '尿白细胞', '梅毒抗体']) {
      expect(all.has(nameKey(bad)), bad).toBe(false);
    }
  });

  it('bare 葡萄糖 means serum glucose, never the urine dipstick item', () => {
    expect(aliasesOf('lab:GLU')).toContain('葡萄糖');
    expect(aliasesOf('lab:U-GLU')).not.toContain('葡萄糖');
  });

  it('every alias is non-empty and unique within its item after normalisation', () => {
    for (const catalog of builtinCatalogSet.catalogs) {
      for (const item of catalog.items) {
        const keys = item.aliases.map(nameKey);
        expect(new Set(keys).size, item.id).toBe(keys.length);
        expect(keys.every((k) => k.length > 0), item.id).toBe(true);
      }
    }
  });
});

describe('LOINC', () => {
  const cyLab = new Map(labItems('chuanyu-lab-2022').map((i) => [i.concept, i]));

  it.each([
    ['lab:WBC', '6690-2'],
    ['lab:HB', '718-7'],
    ['lab:PLT', '777-3'],
    ['lab:ALT', '1742-6'],
    ['lab:AST', '1920-8'],
    ['lab:CR', '2160-0'],
    ['lab:CR', '14682-9'],
  ])('%s has %s', (concept, code) => {
    expect(cyLab.get(concept)?.loinc).toContain(code);
  });

  it('no LOINC code is given to two different concepts', () => {
    const owner = new Map<string, string>();
    for (const catalog of builtinCatalogSet.catalogs) {
      for (const item of catalog.items) {
        if (item.kind !== 'lab') continue;
        for (const code of item.loinc) {
          const previous = owner.get(code);
          if (previous) expect(previous, code).toBe(item.concept);
          owner.set(code, item.concept);
        }
      }
    }
  });

  it('items we are unsure of carry an empty list (not a guess)', () => {
    for (const concept of ['lab:HBDH', 'lab:B-HCG', 'lab:HBSAG', 'lab:AFB-SMEAR']) expect(cyLab.get(concept)?.loinc).toEqual([]);
  });
});
