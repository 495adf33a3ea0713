// The matcher against a tiny hand-made CatalogSet with no aliases at all: structured imaging
// matching and the synonym tables must carry, and items that are not loaded never match.
import { describe, expect, it } from 'vitest';
import type { Catalog, ImagingItem, LabItem, Panel } from '../../lib/catalog/catalog-schema.ts';
import { buildCatalogSet } from '../../lib/catalog/catalog-set.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { summarizeMatch } from '../../lib/matching/summarize-match.ts';

const img = (seq: number, name: string, f: Pick<ImagingItem, 'modality' | 'bodyPart' | 'laterality' | 'contrast' | 'projection'>): ImagingItem => ({
  id: `tiny-img#${seq}`,
  seq,
  concept: `img:${f.modality}:${f.bodyPart}:${f.laterality}:${f.contrast}:${f.projection || 'none'}`,
  name,
  aliases: [],
  category: f.modality,
  notes: [],
  kind: 'imaging',
  description: name,
  ...f,
});
const lab = (seq: number, name: string, abbr: string): LabItem => ({
  id: `tiny-lab#${seq}`,
  seq,
  concept: `lab:${abbr.toUpperCase()}`,
  name,
  aliases: [],
  category: '临床生物化学',
  notes: [],
  kind: 'lab',
  abbr,
  loinc: [],
});
const base = { title: 't', issuingDocument: 'd', citation: 'c', region: 'chuanyu' as const, marks: ['川渝HR' as const], effectiveDate: '2022-01-01', version: '1', source: 's', notes: [], defaultWindow: { kind: 'fixed' as const, duration: { amount: 90, unit: 'day' as const } } };

const imaging: Catalog = {
  ...base,
  id: 'tiny-img',
  kind: 'imaging',
  items: [
    img(1, '左侧膝关节 MR 平扫', { modality: 'MR', bodyPart: 'knee', laterality: 'left', contrast: 'plain', projection: '' }),
    img(2, '右侧膝关节 MR 平扫', { modality: 'MR', bodyPart: 'knee', laterality: 'right', contrast: 'plain', projection: '' }),
    img(3, '胸部 CT 平扫', { modality: 'CT', bodyPart: 'chest', laterality: 'none', contrast: 'plain', projection: '' }),
    img(4, '胸部 CT 增强', { modality: 'CT', bodyPart: 'chest', laterality: 'none', contrast: 'enhanced', projection: '' }),
    img(5, '颈椎正侧位', { modality: 'DR', bodyPart: 'cervical-spine', laterality: 'none', contrast: 'none', projection: 'frontal-lateral' }),
    img(6, '鞍区 MR 平扫', { modality: 'MR', bodyPart: 'sellar', laterality: 'none', contrast: 'plain', projection: '' }),
  ],
};
const labs: Catalog = {
  ...base,
  id: 'tiny-lab',
  kind: 'lab',
  items: [lab(1, '丙氨酸氨基转移酶（ALT）', 'ALT'), lab(2, '天门冬氨酸氨基转移酶（AST）', 'AST'), lab(3, '葡萄糖 (GLU)', 'GLU'), lab(4, '葡萄糖 (u-GLU)', 'u-GLU')],
};
const panels: Panel[] = [{ id: 'liver', name: '肝功能', aliases: [], components: ['lab:ALT', 'lab:AST'], unlistedComponents: [], notes: [] }];
const tiny = buildCatalogSet([imaging, labs], panels);

describe('tiny catalog set without aliases', () => {
  it.each([
    ['左侧膝关节 MR 平扫', 'img:MR:knee:left:plain:none certain'],
    ['左膝关节MRI平扫', 'img:MR:knee:left:plain:none certain'],
    ['膝关节核磁共振平扫(右)', 'img:MR:knee:right:plain:none certain'],
    ['双膝MR平扫', 'none'],
    ['膝关节MR平扫', 'none'],
    ['左膝关节MR增强', 'none'],
    ['胸部计算机体层(CT)平扫', 'img:CT:chest:none:plain:none certain'],
    ['肺部CT', 'img:CT:chest:none:plain:none probable'],
    ['胸部CT平扫+增强', 'img:CT:chest:none:enhanced:none certain'],
    ['胸部CTA', 'none'],
    ['颈椎正侧位片', 'img:DR:cervical-spine:none:none:frontal-lateral certain'],
    ['颈椎CT平扫', 'none'],
    ['蝶鞍MRI平扫', 'img:MR:sellar:none:plain:none certain'],
    ['谷丙转氨酶', 'lab:ALT certain'],
    ['ALT', 'lab:ALT certain'],
    ['谷草转氨酶(AST)', 'lab:AST certain'],
    ['葡萄糖', 'lab:GLU certain'],
    ['尿糖', 'lab:U-GLU certain'],
    ['GGT', 'none'],
    ['肌酐', 'none'],
    ['肝功能', 'panel:liver certain'],
    ['GGN', 'panel:liver probable'],
    ['肝功能+GGT', 'panel:liver certain + none'],
  ])('%s → %s', (name, expected) => {
    expect(summarizeMatch(matchOrderName(name, tiny))).toBe(expected);
  });

  it('explains items the loaded lists do not contain', () => {
    const m = matchOrderName('颈椎CT平扫', tiny);
    expect(m.kind === 'none' && m.reason).toMatch(/没有颈椎的CT/u);
  });
});
