// Words that make a row text look like an orderable test (检查 / 检验 catalog item) or like a drug,
// and header texts that say what a grid is. A coarse, dependency-free first look for the generic
// detector (it may run in a HIS frame, where the catalogs and the matcher are not loaded); callers
// that have the real matcher pass it in instead.

/** Header texts of the item-name column of an order grid. */
export const ITEM_HEADERS = ['项目名称', '检查项目', '检验项目', '医嘱名称', '医嘱内容', '申请项目', '检查名称', '检验名称', '诊疗项目', '收费项目', '项目'];

/** Columns that order grids carry beside the item. */
export const ORDER_HEADERS = ['执行科室', '状态', '类别', '数量', '单价', '金额', '申请科室', '开单时间', '开单医生', '部位', '检查部位', '标本', '标本类型', '急诊', '加急', '序号'];

/** Columns that say "these are results, not orders". */
export const RESULT_HEADERS = ['结果', '检验结果', '检查结果', '结果值', '单位', '参考范围', '参考值', '报告日期', '报告时间', '检查所见', '诊断意见', '影像所见', '互认标识', '检查机构', '报告机构', '异常提示'];

/** Columns of an item picker / search dropdown (the catalogue being chosen from, not the orders). */
export const PICKER_HEADERS = ['拼音码', '检索码', '助记码', '输入码', '五笔码', '简码'];

/** Columns that say "these are drugs". */
export const DRUG_HEADERS = ['药品名称', '规格', '剂量', '单次剂量', '单次用量', '频次', '用法', '给药途径', '天数', '总量', '皮试'];

const IMAGING = /(CT|MRI?|DR|CR|DSA|PET|ECT|X线|摄影|磁共振|计算机体层|体层|平扫|增强|造影|超声|彩超|B超|多普勒|心电图|胸片|钼靶|骨密度)/i;
const LAB =
  /(常规|血细胞分析|肝功|肾功|血脂|电解质|凝血|血糖|糖化|血红蛋白|乙肝|两对半|丙肝|梅毒|HIV|艾滋|甲功|甲状腺|C反应蛋白|CRP|血沉|血型|肌酐|尿素|尿酸|转氨酶|胆红素|白蛋白|二聚体|肿瘤标志|AFP|CEA|PSA|HCG|心肌酶|肌钙蛋白|BNP|血气|培养|药敏|病理|抗体|抗原|核酸|定量|测定)/i;
const DRUG = /(胶囊|片剂|(?<!胸|照|X线)片$|注射液|注射用|颗粒|口服液|糖浆|软膏|乳膏|滴眼液|喷雾剂|贴剂|丸$|\d+(\.\d+)?\s*(mg|g|ml|μg|ug|IU)\b)/i;

export function looksLikeDrug(name: string): boolean {
  return DRUG.test(name);
}

/** A test a catalog could list: imaging or lab words, and not a drug. */
export function looksLikeCatalogItem(name: string): boolean {
  return !looksLikeDrug(name) && (IMAGING.test(name) || LAB.test(name));
}
