// Panels (套餐): composition of the common ones, listed vs unlisted members.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { Panel } from '../../lib/catalog/catalog-schema.ts';

const panel = (name: string): Panel => {
  const found = builtinCatalogSet.panels.find((p) => p.name === name);
  if (!found) throw new Error(`no panel ${name}`);
  return found;
};

describe('panels', () => {
  it('every component is a concept some catalog lists', () => {
    for (const p of builtinCatalogSet.panels) {
      for (const c of p.components) expect(builtinCatalogSet.entriesByConcept.has(c), `${p.id} ${c}`).toBe(true);
    }
  });

  it.each([
    ['血常规', ['WBC', 'RBC', 'HB', 'HCT', 'PLT', 'MCV', 'MCH', 'MCHC'], ['RDW', '中性粒细胞']],
    ['尿常规', ['U-SG', 'U-PH', 'U-PRO', 'U-GLU', 'U-BIL', 'U-KET', 'U-BLD', 'U-NIT', 'U-UBG', 'U-LEU'], ['尿沉渣']],
    ['尿干化学', ['U-SG', 'U-PH', 'U-PRO', 'U-GLU', 'U-BIL', 'U-KET', 'U-BLD', 'U-NIT', 'U-UBG', 'U-LEU'], []],
    ['凝血四项', ['PT', 'INR', 'APTT', 'FIB'], ['TT']],
    ['凝血功能', ['PT', 'INR', 'APTT', 'FIB'], ['TT']],
    ['肝功能', ['ALT', 'AST', 'ALP', 'GGT', 'TBIL', 'DBIL', 'TP', 'ALB'], ['总胆汁酸']],
    ['肾功能', ['UREA', 'CR', 'UA'], ['胱抑素C']],
    ['血脂四项', ['TC', 'TG', 'HDL-C', 'LDL-C'], []],
    ['电解质', ['K', 'NA', 'CL', 'CA'], []],
    ['甲功三项', ['FT3', 'FT4', 'TSH'], []],
    ['甲功五项', ['FT3', 'FT4', 'T3', 'T4', 'TSH'], []],
    ['乙肝两对半', ['HBSAG', 'HBSAB', 'HBEAG', 'HBEAB', 'HBCAB'], []],
    ['甲胎蛋白+癌胚抗原', ['AFP', 'CEA'], []],
    ['前列腺特异性抗原两项', ['TPSA', 'FPSA'], []],
  ])('%s = %j, unlisted include %j', (name, components, unlisted) => {
    const p = panel(name);
    expect([...p.components].sort()).toEqual(components.map((c) => `lab:${c}`).sort());
    for (const u of unlisted) expect(p.unlistedComponents.some((x) => x.includes(u)), u).toBe(true);
    if (unlisted.length === 0 && name !== '电解质') expect(p.unlistedComponents).toEqual([]);
    expect(p.notes.length).toBeGreaterThan(0);
  });

  it.each([
    ['血常规', ['血细胞分析', '血常规五分类', 'XCG']],
    ['尿常规', ['尿液分析']],
    ['尿干化学', ['尿液干化学分析']],
    ['血脂四项', ['血脂']],
    ['乙肝两对半', ['乙肝五项', '两对半']],
    ['甲功三项', ['甲状腺功能三项']],
    ['血型鉴定', ['血型']],
  ])('%s answers to %j', (name, aliases) => {
    for (const a of aliases) expect(panel(name).aliases).toContain(a);
  });

  it('bare 甲功 is not a panel name: it may mean three, five or seven tests', () => {
    const names = builtinCatalogSet.panels.flatMap((p) => [p.name, ...p.aliases]);
    expect(names).not.toContain('甲功');
    expect(names).not.toContain('甲状腺功能');
  });
});
