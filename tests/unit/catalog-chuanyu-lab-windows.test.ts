// Every 川渝 lab item's 互认时间 and 项目类别, written from a reading of the printed table (seed
// 001 附件3), not from the JSON, so this test checks the data. The reading rebuilds the flattened
// merged cells: group labels printed one row early on page 1 (rows 18, 22, 24), 「7 天」 in a 5th
// column on row 45 (rows 45–56, inferred) and a re-printed 「7 天」 on row 79 (rows 79–81, inferred).
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { Duration, LabItem, ValidityWindow } from '../../lib/catalog/catalog-schema.ts';

type Expected = '3d' | '7d' | '2d' | '10y' | '1m' | '3m' | 'pos6m/neg1m';
// [seq, printed abbreviation, window, category, inferred window?]
const table: [number, string, Expected, string, boolean][] = [
  [1, 'WBC', '3d', '血细胞分析', false],
  [2, 'RBC', '3d', '血细胞分析', false],
  [3, 'Hb', '3d', '血细胞分析', false],
  [4, 'HCT', '3d', '血细胞分析', false],
  [5, 'PLT', '3d', '血细胞分析', false],
  [6, 'MCV', '3d', '血细胞分析', false],
  [7, 'MCH', '3d', '血细胞分析', false],
  [8, 'MCHC', '3d', '血细胞分析', false],
  [9, 'u-SG', '7d', '尿液化学分析', false],
  [10, 'u-pH', '7d', '尿液化学分析', false],
  [11, 'u-PRO', '7d', '尿液化学分析', false],
  [12, 'u-GLU', '7d', '尿液化学分析', false],
  [13, 'u-BIL', '7d', '尿液化学分析', false],
  [14, 'u-KET', '7d', '尿液化学分析', false],
  [15, 'u-BLD', '7d', '尿液化学分析', false],
  [16, 'u-NIT', '7d', '尿液化学分析', false],
  [17, 'u-UBG', '7d', '尿液化学分析', false],
  // Printed next to 「2 天 出凝血检验」, but a urine dipstick pad: the label belongs to row 19.
  [18, 'u-LEU', '7d', '尿液化学分析', false],
  [19, 'PT', '2d', '出凝血检验', false],
  [20, 'APTT', '2d', '出凝血检验', false],
  [21, 'FIB', '2d', '出凝血检验', false],
  // Printed next to 「10 年 血型鉴定」, but derived from PT: the label belongs to rows 23–24.
  [22, 'INR', '2d', '出凝血检验', false],
  [23, 'ABO', '10y', '血型鉴定', false],
  // Printed next to 「1 个月 临床生物化学」, which starts at TP (25).
  [24, 'Rh(D)', '10y', '血型鉴定', false],
  [25, 'TP', '1m', '临床生物化学', false],
  [26, 'ALB', '1m', '临床生物化学', false],
  [27, 'ALT', '1m', '临床生物化学', false],
  [28, 'AST', '1m', '临床生物化学', false],
  [29, 'ALP', '1m', '临床生物化学', false],
  [30, 'GGT', '1m', '临床生物化学', false],
  [31, 'CK', '1m', '临床生物化学', false],
  [32, 'LDH', '1m', '临床生物化学', false],
  [33, 'α-HBDH', '1m', '临床生物化学', false],
  [34, 'TBIL', '1m', '临床生物化学', false],
  [35, 'DBIL', '1m', '临床生物化学', false],
  [36, 'TC', '1m', '临床生物化学', false],
  [37, 'TG', '1m', '临床生物化学', false],
  [38, 'HDL-C', '1m', '临床生物化学', false],
  [39, 'LDL-C', '1m', '临床生物化学', false],
  [40, 'AMS', '1m', '临床生物化学', false],
  [41, 'HbA1c', '1m', '临床生物化学', false],
  [42, 'Urea', '1m', '临床生物化学', false],
  [43, 'Cr', '1m', '临床生物化学', false],
  [44, 'UA', '1m', '临床生物化学', false],
  [45, 'GLU', '7d', '临床生物化学', true],
  [46, 'K', '7d', '临床生物化学', true],
  [47, 'Na', '7d', '临床生物化学', true],
  [48, 'Cl', '7d', '临床生物化学', true],
  [49, 'Ca', '7d', '临床生物化学', true],
  [50, 'P', '7d', '临床生物化学', true],
  [51, 'FT3', '7d', '临床生物化学', true],
  [52, 'T3', '7d', '临床生物化学', true],
  [53, 'FT4', '7d', '临床生物化学', true],
  [54, 'T4', '7d', '临床生物化学', true],
  [55, 'TSH', '7d', '临床生物化学', true],
  [56, 'β-HCG', '7d', '临床生物化学', true],
  [57, 'HBsAg', '1m', '临床免疫学', false],
  [58, 'HBsAb', 'pos6m/neg1m', '临床免疫学', false],
  [59, 'HBeAg', '1m', '临床免疫学', false],
  [60, 'HBeAb', '1m', '临床免疫学', false],
  [61, 'HBcAb', '1m', '临床免疫学', false],
  [62, 'HCV-Ab', 'pos6m/neg1m', '临床免疫学', false],
  [63, '抗TP', 'pos6m/neg1m', '临床免疫学', false],
  [64, 'AFP', '3m', '临床免疫学', false],
  [65, 'CEA', '3m', '临床免疫学', false],
  [66, 'fPSA', '3m', '临床免疫学', false],
  [67, 'tPSA', '3m', '临床免疫学', false],
  [68, 'IgA', '1m', '临床免疫学', false],
  [69, 'IgG', '1m', '临床免疫学', false],
  [70, 'IgM', '1m', '临床免疫学', false],
  [71, 'C3', '1m', '临床免疫学', false],
  [72, 'C4', '1m', '临床免疫学', false],
  [73, 'HBV DNA', '1m', '分子生物学', false],
  [74, 'TB DNA', '1m', '分子生物学', false],
  [75, 'HPV-16、-18 DNA', '1m', '分子生物学', false],
  [76, 'SARS-CoV-2 RNA', '7d', '分子生物学', false],
  [77, 'NG DNA', '7d', '分子生物学', false],
  [78, 'CT DNA', '7d', '分子生物学', false],
  [79, 'AFB', '7d', '临床微生物学', true],
  [80, '需氧菌培养鉴定', '7d', '临床微生物学', true],
  [81, '需氧菌药敏', '7d', '临床微生物学', true],
];

type BareWindow =
  | { kind: 'fixed'; duration: Duration }
  | { kind: 'by-result'; positive: Duration; negative: Duration };

function expectedWindow(code: Expected): BareWindow {
  switch (code) {
    case '3d':
      return { kind: 'fixed', duration: { amount: 3, unit: 'day' } };
    case '7d':
      return { kind: 'fixed', duration: { amount: 7, unit: 'day' } };
    case '2d':
      return { kind: 'fixed', duration: { amount: 2, unit: 'day' } };
    case '10y':
      return { kind: 'fixed', duration: { amount: 10, unit: 'year' } };
    case '1m':
      return { kind: 'fixed', duration: { amount: 1, unit: 'month' } };
    case '3m':
      return { kind: 'fixed', duration: { amount: 3, unit: 'month' } };
    case 'pos6m/neg1m':
      return { kind: 'by-result', positive: { amount: 6, unit: 'month' }, negative: { amount: 1, unit: 'month' } };
  }
}

const catalog = builtinCatalogSet.catalogs.find((c) => c.id === 'chuanyu-lab-2022');
const items = new Map((catalog?.items ?? []).map((item) => [item.seq, item as LabItem]));

describe('川渝 lab windows, row by row', () => {
  it('the table covers all 81 rows and the catalog has exactly these rows', () => {
    expect(table.map(([seq]) => seq)).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
    expect([...items.keys()].sort((a, b) => a - b)).toEqual(table.map(([seq]) => seq));
  });

  it.each(table)('row %i (%s): window %s, category %s, inferred %s', (seq, abbr, code, category, inferred) => {
    const item = items.get(seq);
    expect(item, `row ${seq}`).toBeDefined();
    if (!item) return;
    expect(item.abbr).toBe(abbr);
    expect(item.category).toBe(category);
    expect(item.window).toBeDefined();
    const { inference, override, ...window } = item.window as ValidityWindow;
    expect(window).toEqual(expectedWindow(code));
    expect(override).toBeUndefined();
    if (inferred) {
      expect(inference?.inferred).toBe(true);
      expect(inference?.note.length ?? 0).toBeGreaterThan(20);
    } else {
      expect(inference).toBeUndefined();
    }
    // Each row says how its window was read from the flattened table.
    expect(item.notes.length).toBeGreaterThan(0);
  });

  it('the rows printed next to the following group label explain the shift', () => {
    expect(items.get(18)?.notes.join('')).toContain('2 天 出凝血检验');
    expect(items.get(22)?.notes.join('')).toContain('10 年 血型鉴定');
    expect(items.get(24)?.notes.join('')).toContain('1 个月 临床生物化学');
  });

  it('microbiology rows 79–81 record the inferred category', () => {
    for (const seq of [79, 80, 81]) {
      expect(items.get(seq)?.inferences?.some((i) => i.field === 'category')).toBe(true);
    }
  });
});
