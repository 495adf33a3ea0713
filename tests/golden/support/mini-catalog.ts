// A small catalog set for engine unit tests: a few items per list, chosen to exercise each rule,
// independent of the bundled catalog data (which has its own tests).
import { catalogSchema, panelSchema, type Catalog, type CatalogItem, type Panel } from '../../../lib/catalog/catalog-schema.ts';
import { buildCatalogSet, type CatalogSet } from '../../../lib/catalog/catalog-set.ts';
import type { ValidityWindow } from '../../../lib/catalog/catalog-schema.ts';

const day = (amount: number): ValidityWindow => ({ kind: 'fixed', duration: { amount, unit: 'day' } });
const month = (amount: number): ValidityWindow => ({ kind: 'fixed', duration: { amount, unit: 'month' } });

function lab(catalog: string, seq: number, abbr: string, name: string, window: ValidityWindow): CatalogItem {
  return { id: `${catalog}#${seq}`, seq, kind: 'lab', concept: `lab:${abbr.toUpperCase()}`, name, aliases: [abbr], category: '测试', window, notes: [], abbr, loinc: [] };
}

function img(
  catalog: string, seq: number, name: string, modality: 'DR' | 'CT' | 'MR', bodyPart: string,
  laterality: 'left' | 'right' | 'bilateral' | 'none', contrast: 'plain' | 'enhanced' | 'none', projection: string, description: string,
): CatalogItem {
  const concept = `img:${modality}:${bodyPart}:${laterality}:${contrast}:${projection || 'none'}`;
  return { id: `${catalog}#${seq}`, seq, kind: 'imaging', concept, name, aliases: [], category: '测试', notes: [], modality, bodyPart, laterality, contrast, projection, description };
}

const base = { source: 'test', version: 't1', notes: [] as string[] };

export const miniCatalogs: Catalog[] = [
  {
    ...base, id: 'cy-lab', title: '川渝临床检验（测试）', issuingDocument: '测试', citation: '川渝检验互认清单', region: 'chuanyu',
    marks: ['川渝HR'], kind: 'lab', effectiveDate: '2023-05-09',
    items: [
      lab('cy-lab', 1, 'WBC', '白细胞 (WBC)', day(3)),
      lab('cy-lab', 2, 'HB', '血红蛋白 (Hb)', day(3)),
      lab('cy-lab', 3, 'PT', '血浆凝血酶原时间 (PT)', day(2)),
      lab('cy-lab', 4, 'ALT', '丙氨酸氨基转移酶 (ALT)', month(1)),
      lab('cy-lab', 5, 'HBsAb', '抗乙型肝炎病毒表面抗体 (HBsAb)', { kind: 'by-result', positive: { amount: 6, unit: 'month' }, negative: { amount: 1, unit: 'month' } }),
      lab('cy-lab', 6, 'ABO', 'ABO 血型鉴定', { kind: 'fixed', duration: { amount: 10, unit: 'year' } }),
      lab('cy-lab', 7, 'GLU', '葡萄糖 (GLU)', { kind: 'fixed', duration: { amount: 7, unit: 'day' }, inference: { inferred: true, note: '测试：推断的 7 天' } }),
    ],
  },
  {
    ...base, id: 'cy-img', title: '川渝医学影像（测试）', issuingDocument: '测试', citation: '川渝影像互认清单', region: 'chuanyu',
    marks: ['川渝HR'], kind: 'imaging', effectiveDate: '2023-05-09', defaultWindow: day(90),
    items: [
      img('cy-img', 1, '头部 CT 平扫', 'CT', 'head', 'none', 'plain', '', '头部普通扫描'),
      img('cy-img', 2, '头部 CT 增强', 'CT', 'head', 'none', 'enhanced', '', '头部普通扫描加增强扫描'),
      img('cy-img', 3, '左侧膝关节 MR 平扫', 'MR', 'knee', 'left', 'plain', '', '左侧膝关节磁共振普通扫描'),
      img('cy-img', 4, '右侧膝关节 MR 平扫', 'MR', 'knee', 'right', 'plain', '', '右侧膝关节磁共振普通扫描'),
      img('cy-img', 5, '双侧髋关节 MR 平扫', 'MR', 'hip', 'bilateral', 'plain', '', '双髋关节磁共振普通扫描'),
      img('cy-img', 6, '双侧髋关节 MR 增强', 'MR', 'hip', 'bilateral', 'enhanced', '', '双髋关节磁共振增强扫描'),
      img('cy-img', 7, '胸部正位', 'DR', 'chest', 'none', 'none', 'pa', '胸部站立后前位摄影'),
      img('cy-img', 8, '胸部正侧位', 'DR', 'chest', 'none', 'none', 'pa-lateral', '胸部站立后前位及侧位摄影'),
    ],
  },
  {
    ...base, id: 'sc-lab', title: '四川临床检验（测试）', issuingDocument: '测试', citation: '四川检验互认清单', region: 'sichuan',
    marks: ['川内HR'], kind: 'lab', effectiveDate: '2022-08-31',
    items: [lab('sc-lab', 1, 'WBC', '白细胞（WBC）', day(3)), lab('sc-lab', 12, 'ALT', '丙氨酸氨基转移酶（ALT）', month(1))],
  },
  {
    ...base, id: 'sc-img', title: '四川医学影像（测试）', issuingDocument: '测试', citation: '四川影像互认清单', region: 'sichuan',
    marks: ['川内HR'], kind: 'imaging', effectiveDate: '2022-08-31',
    defaultWindow: { kind: 'fixed', duration: { amount: 90, unit: 'day' }, inference: { inferred: true, note: '测试：借用川渝 90 天' } },
    items: [img('sc-img', 24, '头部计算机体层(CT)平扫', 'CT', 'head', 'none', 'plain', '', '头部普通扫描')],
  },
].map((c) => catalogSchema.parse(c));

export const miniPanels: Panel[] = [
  panelSchema.parse({ id: 'cbc', name: '血常规', aliases: [], components: ['lab:WBC', 'lab:HB'], unlistedComponents: ['RDW'], notes: [] }),
  panelSchema.parse({ id: 'wbc-hb', name: '白细胞+血红蛋白', aliases: [], components: ['lab:WBC', 'lab:HB'], unlistedComponents: [], notes: [] }),
];

export const miniSet: CatalogSet = buildCatalogSet(miniCatalogs, miniPanels);

/** A national (HR) lab catalog, for tests of the HR mark with a national list loaded. */
export const nationalLab: Catalog = catalogSchema.parse({
  ...base, id: 'national-lab', title: '全国互认（测试）', issuingDocument: '测试', citation: '全国检验互认清单', region: 'national',
  marks: ['HR'], kind: 'lab', effectiveDate: '2022-03-01', items: [lab('national-lab', 1, 'WBC', '白细胞', day(3))],
});
