// Panels (套餐) and orders that join several things.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { summarizeMatch } from '../../lib/matching/summarize-match.ts';

describe('panel names', () => {
  it.each([
    ['血常规', 'panel:cbc certain'],
    ['血常规(五分类)', 'panel:cbc certain'],
    ['血常规（五分类）', 'panel:cbc certain'],
    ['血细胞分析', 'panel:cbc certain'],
    ['全血细胞计数', 'panel:cbc certain'],
    ['血常规检查', 'panel:cbc certain'],
    ['血液常规', 'panel:cbc certain'],
    ['[120100001]血常规(自费)', 'panel:cbc certain'],
    ['XCG', 'panel:cbc certain'],
    ['xcg', 'panel:cbc certain'],
    ['血常规全套', 'panel:cbc certain'],
    ['尿常规', 'panel:urinalysis certain'],
    ['尿液分析', 'panel:urinalysis certain'],
    ['NCG', 'panel:urinalysis certain'],
    ['尿干化学', 'panel:urine-dipstick certain'],
    ['凝血四项', 'panel:coag-4 certain'],
    ['凝血4项', 'panel:coag-4 certain'],
    ['凝血功能', 'panel:coag-function certain'],
    ['NXSX', 'panel:coag-4 probable'],
    ['肝功能', 'panel:liver-function certain'],
    ['肝功', 'panel:liver-function certain'],
    ['肝功能测定', 'panel:liver-function certain'],
    ['GGN', 'panel:liver-function probable'],
    ['肝功能(11项)', 'panel:liver-function probable'],
    ['肝功十一项', 'panel:liver-function probable'],
    ['肾功能', 'panel:renal-function certain'],
    ['SGN', 'panel:renal-function probable'],
    ['肾功五项', 'panel:renal-function probable'],
    ['肾功三项', 'panel:renal-function-3 certain'],
    ['血脂四项', 'panel:lipids-4 certain'],
    ['血脂', 'panel:lipids-4 certain'],
    ['血脂全套', 'panel:lipids-full certain'],
    ['电解质', 'panel:electrolytes certain'],
    ['电解质三项', 'panel:electrolytes-3 certain'],
    ['钾钠氯', 'panel:electrolytes-3 certain'],
    ['甲功三项', 'panel:thyroid-3 certain'],
    ['甲功五项', 'panel:thyroid-5 certain'],
    ['甲状腺功能五项', 'panel:thyroid-5 certain'],
    ['乙肝两对半', 'panel:hbv-serology-5 certain'],
    ['乙肝五项', 'panel:hbv-serology-5 certain'],
    ['两对半', 'panel:hbv-serology-5 certain'],
    ['乙肝三系', 'panel:hbv-serology-5 certain'],
    ['HBV-M', 'panel:hbv-serology-5 certain'],
    ['乙肝五项定量', 'panel:hbv-serology-5 certain'],
    ['YGLDB', 'panel:hbv-serology-5 probable'],
    ['血型鉴定', 'panel:blood-group certain'],
    ['血型', 'panel:blood-group certain'],
    ['ABO+Rh血型鉴定', 'panel:blood-group certain'],
    ['免疫球蛋白三项', 'panel:immunoglobulins-3 certain'],
    ['心肌酶谱', 'panel:cardiac-enzymes certain'],
    ['AFP+CEA', 'panel:tumor-afp-cea certain'],
    ['甲胎蛋白+癌胚抗原', 'panel:tumor-afp-cea certain'],
  ])('%s → %s', (name, expected) => {
    expect(summarizeMatch(matchOrderName(name, builtinCatalogSet))).toBe(expected);
  });

  it('returns the component concepts of the panel', () => {
    const m = matchOrderName('凝血四项', builtinCatalogSet);
    if (m.kind !== 'panel') throw new Error('expected panel');
    expect(m.panelName).toBe('凝血四项');
    expect(m.items.map((i) => i.concept).sort()).toEqual(['lab:APTT', 'lab:FIB', 'lab:INR', 'lab:PT']);
    expect(m.items.every((i) => i.confidence === 'certain')).toBe(true);
  });

  it('carries the probable note to every component of a variant panel', () => {
    const m = matchOrderName('肝功能(11项)', builtinCatalogSet);
    if (m.kind !== 'panel') throw new Error('expected panel');
    expect(m.items.every((i) => i.confidence === 'probable' && /项数/u.test(i.note ?? ''))).toBe(true);
  });

  it.each(['甲功', '甲状腺功能', '生化全套', '术前四项', '凝血', '大便常规', '肿瘤标志物'])('%s → none (ambiguous or unlisted panel)', (name) => {
    expect(summarizeMatch(matchOrderName(name, builtinCatalogSet))).toBe('none');
  });
});

describe('names that join several things', () => {
  it.each([
    ['血常规+CRP', 'panel:cbc certain + none'],
    ['血常规＋C反应蛋白', 'panel:cbc certain + none'],
    ['血常规+CRP+PCT', 'panel:cbc certain + none + none'],
    ['肝肾功能', 'panel:liver-function certain + panel:renal-function certain'],
    ['肝功能+肾功能', 'panel:liver-function certain + panel:renal-function certain'],
    ['肝功能、肾功能、血脂四项', 'panel:liver-function certain + panel:renal-function certain + panel:lipids-4 certain'],
    ['血尿常规', 'panel:cbc certain + panel:urinalysis certain'],
    ['三大常规', 'panel:cbc certain + panel:urinalysis certain + none'],
    ['ALT+AST', 'lab:ALT certain + lab:AST certain'],
    ['ALT、AST、GGT', 'lab:ALT certain + lab:AST certain + lab:GGT certain'],
    ['FT3+FT4+TSH', 'panel:thyroid-3 certain'],
    ['钾,钠,氯', 'lab:K certain + lab:NA certain + lab:CL certain'],
    ['总胆红素+直接胆红素', 'lab:TBIL certain + lab:DBIL certain'],
    ['乙肝表面抗原+乙肝表面抗体', 'lab:HBSAG certain + lab:HBSAB certain'],
    ['ABO血型+Rh血型', 'lab:ABO certain + lab:RHD certain'],
    ['血常规+血型鉴定', 'panel:cbc certain + panel:blood-group certain'],
    ['凝血四项+D-二聚体', 'panel:coag-4 certain + none'],
    ['尿常规+尿沉渣', 'panel:urinalysis certain + none'],
    ['血糖+糖化血红蛋白', 'lab:GLU certain + lab:HBA1C certain'],
    ['XCG+NCG', 'panel:cbc certain + panel:urinalysis certain'],
    ['胸部CT平扫+血常规', 'img:CT:chest:none:plain:none certain + panel:cbc certain'],
    ['心电图+血常规', 'none + panel:cbc certain'],
  ])('%s → %s', (name, expected) => {
    expect(summarizeMatch(matchOrderName(name, builtinCatalogSet))).toBe(expected);
  });

  it('keeps the parts in order with their own names', () => {
    const m = matchOrderName('血常规+CRP', builtinCatalogSet);
    if (m.kind !== 'multi') throw new Error('expected multi');
    expect(m.input).toBe('血常规+CRP');
    expect(m.parts.map((p) => p.normalized)).toEqual(['血常规', 'CRP']);
    const crp = m.parts[1];
    expect(crp?.kind === 'none' && crp.reason).toMatch(/C 反应蛋白/u);
  });
});
