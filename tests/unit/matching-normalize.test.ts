import { describe, expect, it } from 'vitest';
import { normalizeItemName } from '../../lib/matching/normalize-item-name.ts';
import { splitOrderName } from '../../lib/matching/split-order-name.ts';
import { labKey } from '../../lib/matching/lab-index.ts';

describe('normalizeItemName', () => {
  it.each([
    ['胸部ＣＴ平扫', '胸部CT平扫'],
    ['胸部 CT 平扫', '胸部CT平扫'],
    ['胸部\u3000CT\u3000平扫', '胸部CT平扫'],
    [' 胸部CT平扫 ', '胸部CT平扫'],
    ['头部计算机体层（CT）平扫', '头部计算机体层(CT)平扫'],
    ['［250101001］胸部CT平扫', '胸部CT平扫'],
    ['[250101001]胸部CT平扫', '胸部CT平扫'],
    ['【250101001】胸部CT平扫', '胸部CT平扫'],
    ['250101001 胸部CT平扫', '胸部CT平扫'],
    ['250101001-胸部CT平扫', '胸部CT平扫'],
    ['胸部CT平扫(J)', '胸部CT平扫'],
    ['胸部CT平扫（甲类）', '胸部CT平扫'],
    ['胸部CT平扫(自费)', '胸部CT平扫'],
    ['胸部CT平扫检查费', '胸部CT平扫'],
    ['胸部CT平扫费', '胸部CT平扫'],
    ['胸部CT平扫(急)', '胸部CT平扫'],
    ['急诊胸部CT平扫', '胸部CT平扫'],
    ['胸部CT平扫×1', '胸部CT平扫'],
    ['胸部CT平扫/次', '胸部CT平扫'],
    ['*白细胞(WBC)', '白细胞(WBC)'],
    ['★白细胞', '白细胞'],
    ['白细胞 (wbc)', '白细胞(WBC)'],
    ['hbsag', 'HBSAG'],
    ['γ－谷氨酰转肽酶', 'γ-谷氨酰转肽酶'],
    ['胸部CT平扫(川渝HR)', '胸部CT平扫'],
    ['川内HR 白细胞', '白细胞'],
    ['左膝关节MR平扫(左)', '左膝关节MR平扫(左)'],
    ['钾(K)', '钾(K)'],
    ['CA125', 'CA125'],
    ['CA19-9', 'CA19-9'],
    ['血常规＋CRP', '血常规+CRP'],
    ['肝功能，肾功能', '肝功能,肾功能'],
    ['胸部CT平扫+', '胸部CT平扫'],
    ['Rh(D)血型鉴定', 'RH(D)血型鉴定'],
    ['HPV-16、-18 DNA', 'HPV-16、-18DNA'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeItemName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ['［250101001］胸部ＣＴ平扫（自费）检查费', '*白细胞 (wbc)(急)', '250101001-左膝关节MR平扫(左)费']) {
      const once = normalizeItemName(s);
      expect(normalizeItemName(once)).toBe(once);
    }
  });

  it('keeps side, contrast and specimen words', () => {
    expect(normalizeItemName('（左）膝关节MR平扫+增强')).toBe('(左)膝关节MR平扫+增强');
    expect(normalizeItemName('尿葡萄糖')).toBe('尿葡萄糖');
  });
});

describe('labKey', () => {
  it.each([
    ['丙氨酸氨基转移酶(速率法)', '丙氨酸氨基转移酶'],
    ['ALT测定', 'ALT'],
    ['葡萄糖(血清)', '葡萄糖'],
    ['葡萄糖(尿)', '尿葡萄糖'],
    ['肌酐(酶法)', '肌酐'],
    ['血红蛋白浓度', '血红蛋白浓度'],
    ['平均红细胞血红蛋白浓度', '平均红细胞血红蛋白浓度'],
    ['平均红细胞血红蛋白含量', '平均红细胞血红蛋白含量'],
  ])('%s → %s', (input, expected) => {
    expect(labKey(input)).toBe(expected);
  });
});

describe('splitOrderName', () => {
  it.each([
    ['胸部CT平扫+三维重建', ['胸部CT平扫', '三维重建']],
    ['胸部CT平扫+增强', ['胸部CT平扫+增强']],
    ['胸部正位+侧位', ['胸部正位+侧位']],
    ['血常规+CRP', ['血常规', 'CRP']],
    ['ALT、AST', ['ALT', 'AST']],
    ['肝功能,肾功能;血脂四项', ['肝功能', '肾功能', '血脂四项']],
    ['头颅CT平扫+胸部CT平扫', ['头颅CT平扫', '胸部CT平扫']],
    ['白细胞(WBC,计数)', ['白细胞(WBC,计数)']],
  ])('%s', (input, parts) => {
    expect(splitOrderName(input)).toEqual(parts);
  });
});
