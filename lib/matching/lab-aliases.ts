// Names HIS screens and lab reports use for the listed lab items. Each group names the catalog
// item it means by `targets` (the abbreviation or the Chinese name as printed in the lists; the
// first one present in the loaded catalogs wins), so the table does not depend on concept keys.
//
// Every name here means exactly that item. A name that is only near (a different time point,
// a specimen the list does not name, a related assay) is in `probable` with the reason. Anything
// not listed at all never matches.

export interface LabAliasGroup {
  targets: string[];
  /** Exact names. */
  names: string[];
  /** Names that only make the match `probable`, each with the zh-CN reason. */
  probable?: Record<string, string>;
  /** Also accept `血清X` / `血X` / `血浆X` for every exact name (serum / plasma chemistry). */
  serum?: boolean;
}

/**
 * Urine dipstick items: each base name is accepted after a urine prefix (尿, 尿液, U-). Bare base
 * names are accepted only when listed in `bare` (they have no blood namesake) — `葡萄糖`, `蛋白质`,
 * `胆红素`, `隐血`, `pH`, `酮体` alone are the blood item, another test, or ambiguous.
 */
export interface UrineAliasGroup {
  targets: string[];
  bases: string[];
  bare: string[];
  /** Bare Latin abbreviations: probable only (LEU, NIT…: printed on urine reports, but short). */
  bareProbable: string[];
  /** Complete names, with or without 尿. */
  names: string[];
}

export const URINE_PREFIXES = ['尿', '尿液', 'U-', 'U', '尿-', '尿常规', '尿常规-', '尿液分析', '尿液分析-', '尿干化学', '尿干化学-', '尿液干化学'];

export const URINE_GROUPS: UrineAliasGroup[] = [
  { targets: ['u-SG', '比重'], bases: ['比重', 'SG', '比重(SG)', 'SG比重'], bare: ['比重'], bareProbable: ['SG'], names: ['尿比重测定'] },
  { targets: ['u-pH', 'pH'], bases: ['PH', '酸碱度', 'PH值', '酸碱度(PH)'], bare: [], bareProbable: [], names: ['尿液酸碱度'] },
  { targets: ['u-PRO', '蛋白质'], bases: ['蛋白质', '蛋白', 'PRO', '蛋白定性', '蛋白质定性', '蛋白(PRO)', 'PRO蛋白质'], bare: [], bareProbable: [], names: [] },
  { targets: ['u-GLU', '葡萄糖'], bases: ['葡萄糖', '糖', 'GLU', '糖定性', '葡萄糖定性', '葡萄糖(GLU)', 'GLU葡萄糖'], bare: [], bareProbable: [], names: [] },
  { targets: ['u-BIL', '胆红素'], bases: ['胆红素', 'BIL', '胆红素定性', '胆红素(BIL)'], bare: [], bareProbable: [], names: [] },
  { targets: ['u-KET', '酮体'], bases: ['酮体', 'KET', '酮体定性', '酮体(KET)'], bare: [], bareProbable: [], names: [] },
  { targets: ['u-BLD', '隐血'], bases: ['隐血', '潜血', 'BLD', '隐血(BLD)', '潜血(BLD)', 'BLD隐血', 'ERY'], bare: [], bareProbable: [], names: [] },
  { targets: ['u-NIT', '亚硝酸盐'], bases: ['亚硝酸盐', 'NIT', '亚硝酸盐(NIT)'], bare: ['亚硝酸盐', '亚硝酸盐(NIT)'], bareProbable: ['NIT'], names: [] },
  { targets: ['u-UBG', '尿胆原'], bases: ['尿胆原', 'UBG', 'URO', '胆原', '尿胆原(UBG)', '尿胆原(URO)'], bare: ['尿胆原', '尿胆原(UBG)', '尿胆原(URO)'], bareProbable: ['UBG', 'URO'], names: [] },
  { targets: ['u-LEU', '白细胞酯酶'], bases: ['白细胞酯酶', 'LEU', '白细胞酯酶(LEU)', '白细胞酯酶定性', '粒细胞酯酶'], bare: ['白细胞酯酶', '白细胞酯酶(LEU)', '白细胞酯酶定性'], bareProbable: ['LEU'], names: [] },
];

const HBV_SUFFIXES = ['', '定性', '定量', '(定性)', '(定量)'];
const hbv = (names: string[]): string[] => names.flatMap((n) => HBV_SUFFIXES.map((s) => n + s));

export const LAB_GROUPS: LabAliasGroup[] = [
  // 血细胞分析
  { targets: ['WBC', '白细胞'], names: ['白细胞', '白细胞计数', '白细胞总数', 'WBC', 'WBC计数', '血白细胞', '血白细胞计数', '外周血白细胞计数', '白细胞数', '白细胞数目'] },
  { targets: ['RBC', '红细胞'], names: ['红细胞', '红细胞计数', '红细胞总数', 'RBC', 'RBC计数', '血红细胞', '血红细胞计数', '红细胞数', '红细胞数目'] },
  { targets: ['Hb', 'HB', '血红蛋白'], names: ['血红蛋白', '血红蛋白浓度', '血红蛋白量', '血红蛋白测定', 'HB', 'HGB', 'HB浓度', '血色素'] },
  { targets: ['HCT', '血细胞比容'], names: ['血细胞比容', '红细胞比容', '红细胞压积', '血细胞压积', 'HCT', 'PCV'] },
  { targets: ['PLT', '血小板'], names: ['血小板', '血小板计数', '血小板总数', 'PLT', 'PLT计数', '血小板数', '血小板数目'] },
  { targets: ['MCV', '平均红细胞体积'], names: ['平均红细胞体积', 'MCV', '红细胞平均体积'] },
  { targets: ['MCH', '平均红细胞血红蛋白含量'], names: ['平均红细胞血红蛋白含量', '平均红细胞血红蛋白量', 'MCH', '红细胞平均血红蛋白含量', '红细胞平均血红蛋白量'] },
  { targets: ['MCHC', '平均红细胞血红蛋白浓度'], names: ['平均红细胞血红蛋白浓度', 'MCHC', '红细胞平均血红蛋白浓度'] },
  // 出凝血
  { targets: ['PT', '血浆凝血酶原时间'], names: ['血浆凝血酶原时间', '凝血酶原时间', 'PT', '凝血酶原时间(PT)', 'PT(秒)', '血浆凝血酶原时间测定'] },
  {
    targets: ['APTT', '活化部分凝血活酶时间'],
    names: ['活化部分凝血活酶时间', '活化的部分凝血活酶时间', '部分凝血活酶时间', 'APTT', '活化部分凝血酶时间'],
    probable: { KPTT: 'KPTT（白陶土部分凝血活酶时间）为 APTT 的旧称/不同激活剂，需医生确认' },
  },
  { targets: ['FIB', '纤维蛋白原'], names: ['纤维蛋白原', '血浆纤维蛋白原', '纤维蛋白原含量', '纤维蛋白原定量', 'FIB', 'FG', 'FIB-C', 'FBG(纤维蛋白原)'] },
  { targets: ['INR', '国际标准化比值'], names: ['国际标准化比值', 'INR', 'PT-INR', 'PTINR', 'PT国际标准化比值', '凝血酶原国际标准化比值'] },
  // 血型
  { targets: ['ABO Typing', 'ABO', 'ABO血型鉴定'], names: ['ABO血型鉴定', 'ABO血型', 'ABO血型测定', 'ABO血型检测', 'ABO', 'ABO血型正反定型', 'ABO正反定型', 'ABO定型', 'ABO血型鉴定(正反定型)', 'ABOTYPING'] },
  { targets: ['Rh(D) Typing', 'Rh(D)', 'RhD', 'Rh(D)血型鉴定'], names: ['RH(D)血型鉴定', 'RH(D)血型', 'RHD血型', 'RHD血型鉴定', 'RH血型', 'RH血型鉴定', 'RH(D)', 'RHD', 'RH(D)定型', 'RH因子', 'RH(D)抗原', 'RHD抗原', 'RH(D)TYPING'] },
  // 临床生物化学
  {
    targets: ['TP', '总蛋白'],
    names: ['总蛋白', '总蛋白(TP)', '血清总蛋白', 'STP'],
    probable: { TP: '单写“TP”既可指总蛋白，也可指梅毒螺旋体（抗TP），需医生确认' },
    serum: true,
  },
  { targets: ['ALB', 'Alb', '白蛋白'], names: ['白蛋白', 'ALB', '清蛋白'], serum: true },
  { targets: ['ALT', '丙氨酸氨基转移酶'], names: ['丙氨酸氨基转移酶', '丙氨酸转氨酶', '谷丙转氨酶', 'ALT', 'GPT', 'SGPT', '丙氨酸氨基转移酶(ALT)'], serum: true },
  { targets: ['AST', '天冬氨酸氨基转移酶', '天门冬氨酸氨基转移酶'], names: ['天冬氨酸氨基转移酶', '天门冬氨酸氨基转移酶', '天冬氨酸转氨酶', '天门冬氨酸转氨酶', '谷草转氨酶', 'AST', 'GOT', 'SGOT'], serum: true },
  { targets: ['ALP', '碱性磷酸酶'], names: ['碱性磷酸酶', 'ALP', 'AKP'], serum: true },
  { targets: ['GGT', 'γ-谷氨酰转肽酶'], names: ['γ-谷氨酰转肽酶', 'γ-谷氨酰转移酶', 'γ-谷氨酰基转移酶', '谷氨酰转肽酶', '谷氨酰转移酶', '谷氨酰基转移酶', '转肽酶', 'GGT', 'γ-GT', 'R-GT', 'Y-GT', 'GGT(γ-GT)', 'Γ-GT'], serum: true },
  { targets: ['CK', '肌酸激酶'], names: ['肌酸激酶', 'CK', 'CPK', '磷酸肌酸激酶', '肌酸磷酸激酶'], serum: true },
  { targets: ['LDH', '乳酸脱氢酶'], names: ['乳酸脱氢酶', 'LDH', 'LD'], serum: true },
  { targets: ['α-HBDH', 'HBDH', 'α-羟丁酸脱氢酶'], names: ['α-羟丁酸脱氢酶', 'Α-羟丁酸脱氢酶', 'A-羟丁酸脱氢酶', '羟丁酸脱氢酶', 'α-HBDH', 'Α-HBDH', 'A-HBDH', 'HBDH', 'HBD'], serum: true },
  { targets: ['TBIL', '总胆红素'], names: ['总胆红素', 'TBIL', 'T-BIL', 'STB'], serum: true },
  { targets: ['DBIL', '直接胆红素'], names: ['直接胆红素', '结合胆红素', 'DBIL', 'D-BIL'], serum: true },
  { targets: ['TC', '总胆固醇'], names: ['总胆固醇', '胆固醇', 'TC', 'CHOL', 'TCH', 'T-CHO', 'TCHO'], serum: true },
  { targets: ['TG', '甘油三酯', '甘油三脂'], names: ['甘油三酯', '甘油三脂', 'TG', '三酰甘油', 'TRIG'], serum: true },
  { targets: ['HDL-C', '高密度脂蛋白胆固醇'], names: ['高密度脂蛋白胆固醇', '高密度脂蛋白', '高密度脂蛋白-胆固醇', 'HDL-C', 'HDL', 'HDLC', 'HDL-CH'], serum: true },
  { targets: ['LDL-C', '低密度脂蛋白胆固醇'], names: ['低密度脂蛋白胆固醇', '低密度脂蛋白', '低密度脂蛋白-胆固醇', 'LDL-C', 'LDL', 'LDLC', 'LDL-CH'], serum: true },
  { targets: ['AMS', '淀粉酶'], names: ['淀粉酶', 'AMS', 'AMY', 'α-淀粉酶', 'Α-淀粉酶'], serum: true },
  { targets: ['HbA1c', '糖化血红蛋白A1c', '糖化血红蛋白'], names: ['糖化血红蛋白', '糖化血红蛋白A1C', '糖化血红蛋白(A1C)', '血红蛋白A1C', 'HBA1C', 'HBA1C(糖化血红蛋白)', 'GHBA1C', '糖化血红蛋白测定', '糖化血红蛋白HBA1C'] },
  { targets: ['Urea', '尿素'], names: ['尿素', '尿素氮', 'UREA', 'BUN', 'UN', '尿素(UREA)', '尿素氮(BUN)'], serum: true },
  { targets: ['Cr', '肌酐'], names: ['肌酐', 'CR', 'CREA', 'CRE', 'SCR', 'CREA-S'], serum: true },
  { targets: ['UA', 'Uric', '尿酸'], names: ['尿酸', 'UA', 'URIC', 'URICACID', 'URCA'], serum: true },
  {
    targets: ['GLU', '葡萄糖'],
    names: ['葡萄糖', '血糖', 'GLU', '血清葡萄糖', '血浆葡萄糖', '血葡萄糖', '葡萄糖(血清)', '静脉血糖', '静脉血浆葡萄糖'],
    probable: {
      空腹血糖: '空腹血糖有采血时间要求，需医生确认外院结果是否为空腹采血',
      空腹葡萄糖: '空腹血糖有采血时间要求，需医生确认外院结果是否为空腹采血',
      空腹血浆葡萄糖: '空腹血糖有采血时间要求，需医生确认外院结果是否为空腹采血',
      FPG: '空腹血糖有采血时间要求，需医生确认外院结果是否为空腹采血',
      随机血糖: '随机血糖与空腹血糖的临床意义不同，需医生确认',
    },
  },
  { targets: ['K', '钾'], names: ['钾', 'K', 'K+', '钾离子', '钾(K)'], serum: true },
  { targets: ['Na', '钠'], names: ['钠', 'NA', 'NA+', '钠离子', '钠(NA)'], serum: true },
  { targets: ['Cl', '氯'], names: ['氯', 'CL', 'CL-', '氯离子', '氯化物', '氯(CL)'], serum: true },
  { targets: ['Ca', '总钙'], names: ['总钙', '钙', 'CA', 'TCA', '钙(CA)', '总钙(CA)'], serum: true },
  {
    targets: ['P', '无机磷酸盐', '无机磷'],
    names: ['无机磷酸盐', '无机磷', '磷', 'PHOS', '磷(P)', '无机磷(P)'],
    probable: { P: '单写“P”含义不唯一，按无机磷处理，需医生确认', IP: '单写“IP”含义不唯一，按无机磷处理，需医生确认' },
    serum: true,
  },
  { targets: ['FT3', '游离三碘甲状原氨酸'], names: ['游离三碘甲状原氨酸', '游离三碘甲状腺原氨酸', '游离三碘甲腺原氨酸', 'FT3', '游离T3'], serum: true },
  { targets: ['T3', '三碘甲状原氨酸'], names: ['三碘甲状原氨酸', '三碘甲状腺原氨酸', '总三碘甲状腺原氨酸', '总三碘甲状原氨酸', '三碘甲腺原氨酸', 'T3', 'TT3', '总T3'], serum: true },
  { targets: ['FT4', '游离甲状腺素'], names: ['游离甲状腺素', '游离四碘甲状腺原氨酸', 'FT4', '游离T4'], serum: true },
  { targets: ['T4', '甲状腺素'], names: ['甲状腺素', '总甲状腺素', '四碘甲状腺原氨酸', '总四碘甲状腺原氨酸', 'T4', 'TT4', '总T4'], serum: true },
  { targets: ['TSH', '促甲状腺刺激激素'], names: ['促甲状腺刺激激素', '促甲状腺激素', '促甲状腺素', 'TSH', '超敏促甲状腺激素', '高敏促甲状腺激素', 'HS-TSH', 'S-TSH', 'STSH', 'UTSH', '超敏TSH'], serum: true },
  {
    targets: ['β-HCG', '绒毛膜促性腺激素β'],
    names: ['绒毛膜促性腺激素β', 'β-绒毛膜促性腺激素', 'β-人绒毛膜促性腺激素', '人绒毛膜促性腺激素β', '人绒毛膜促性腺激素β亚单位', 'β-HCG', 'Β-HCG', 'B-HCG', 'BHCG', 'ΒHCG', 'β-HCG定量', 'Β-HCG定量', '血β-HCG', '血Β-HCG'],
    probable: {
      HCG: 'HCG 未注明 β 亚单位，检测方法可能不同，需医生确认',
      人绒毛膜促性腺激素: 'HCG 未注明 β 亚单位，检测方法可能不同，需医生确认',
      绒毛膜促性腺激素: 'HCG 未注明 β 亚单位，检测方法可能不同，需医生确认',
      血HCG: 'HCG 未注明 β 亚单位，检测方法可能不同，需医生确认',
      总HCG: 'HCG 未注明 β 亚单位，检测方法可能不同，需医生确认',
    },
  },
  // 临床免疫学
  { targets: ['HBsAg', '乙型肝炎病毒表面抗原'], names: hbv(['乙型肝炎病毒表面抗原', '乙型肝炎表面抗原', '乙肝病毒表面抗原', '乙肝表面抗原', 'HBSAG', 'HBS-AG', 'HBSAG(乙肝表面抗原)']) },
  { targets: ['HBsAb', '抗乙型肝炎病毒表面抗体'], names: hbv(['抗乙型肝炎病毒表面抗体', '乙型肝炎病毒表面抗体', '乙型肝炎表面抗体', '乙肝病毒表面抗体', '乙肝表面抗体', '抗-HBS', '抗HBS', 'HBSAB', 'HBS-AB', 'ANTI-HBS', '抗-HBS(乙肝表面抗体)']) },
  { targets: ['HBeAg', '乙型肝炎病毒e抗原'], names: hbv(['乙型肝炎病毒E抗原', '乙型肝炎E抗原', '乙肝病毒E抗原', '乙肝E抗原', 'HBEAG', 'HBE-AG']) },
  { targets: ['HBeAb', '抗乙型肝炎病毒e抗体'], names: hbv(['抗乙型肝炎病毒E抗体', '乙型肝炎病毒E抗体', '乙型肝炎E抗体', '乙肝病毒E抗体', '乙肝E抗体', '抗-HBE', '抗HBE', 'HBEAB', 'HBE-AB', 'ANTI-HBE']) },
  { targets: ['HBcAb', '抗乙型肝炎病毒核心抗体'], names: hbv(['抗乙型肝炎病毒核心抗体', '乙型肝炎病毒核心抗体', '乙型肝炎核心抗体', '乙肝病毒核心抗体', '乙肝核心抗体', '抗-HBC', '抗HBC', 'HBCAB', 'HBC-AB', 'ANTI-HBC', '乙肝核心抗体(总)', '抗-HBC(总)']) },
  { targets: ['HCV-Ab', '抗丙型肝炎病毒抗体'], names: ['抗丙型肝炎病毒抗体', '丙型肝炎病毒抗体', '丙型肝炎抗体', '丙肝病毒抗体', '丙肝抗体', '抗-HCV', '抗HCV', 'HCV-AB', 'HCVAB', 'ANTI-HCV', 'HCV抗体', '抗-HCV(丙肝抗体)'] },
  {
    targets: ['抗TP', '抗 TP', 'TP-Ab', '抗梅毒螺旋体特异性抗体'],
    names: ['抗梅毒螺旋体特异性抗体', '梅毒螺旋体特异性抗体', '梅毒螺旋体特异抗体', '抗梅毒螺旋体抗体', '梅毒螺旋体抗体', '抗TP', '抗-TP', 'TP-AB', 'TPAB', 'TP抗体', '梅毒特异性抗体', 'ANTI-TP'],
    probable: {
      TPPA: 'TPPA 为梅毒螺旋体特异性抗体的一种检测方法，需医生确认方法学',
      梅毒螺旋体明胶颗粒凝集试验: 'TPPA 为梅毒螺旋体特异性抗体的一种检测方法，需医生确认方法学',
      梅毒抗体: '“梅毒抗体”未说明是否为特异性（螺旋体）抗体，需医生确认',
    },
  },
  { targets: ['AFP', '甲胎蛋白'], names: ['甲胎蛋白', 'AFP', '甲胎蛋白定量', 'AFP定量'], serum: true },
  { targets: ['CEA', '癌胚抗原'], names: ['癌胚抗原', 'CEA', '癌胚抗原定量', 'CEA定量'], serum: true },
  { targets: ['fPSA', '游离前列腺特异性抗原'], names: ['游离前列腺特异性抗原', '游离前列腺特异性抗原PSA', '游离PSA', 'FPSA', 'F-PSA'], serum: true },
  {
    targets: ['tPSA', '总前列腺特异性抗原'],
    names: ['总前列腺特异性抗原', '总PSA', 'TPSA', 'T-PSA', '血清总前列腺特异性抗原', '前列腺特异性抗原', 'PSA'],
  },
  { targets: ['IgA', '免疫球蛋白A'], names: ['免疫球蛋白A', 'IGA', '免疫球蛋白IGA'], serum: true },
  { targets: ['IgG', '免疫球蛋白G'], names: ['免疫球蛋白G', 'IGG', '免疫球蛋白IGG'], serum: true },
  { targets: ['IgM', '免疫球蛋白M'], names: ['免疫球蛋白M', 'IGM', '免疫球蛋白IGM'], serum: true },
  { targets: ['C3', '补体C3'], names: ['补体C3', 'C3', '补体3', '补体C3(C3)'], serum: true },
  { targets: ['C4', '补体C4'], names: ['补体C4', 'C4', '补体4', '补体C4(C4)'], serum: true },
  // 分子生物学
  {
    targets: ['HBV DNA', '乙型肝炎病毒核酸定性检测'],
    names: ['乙型肝炎病毒核酸定性检测', '乙型肝炎病毒核酸定性', '乙型肝炎病毒DNA定性', '乙肝病毒DNA定性', '乙肝病毒核酸定性', '乙肝DNA定性', 'HBV-DNA定性', 'HBVDNA定性'],
    probable: {
      乙型肝炎病毒核酸: '清单项目为 HBV DNA 定性检测，名称未注明定性/定量，需医生确认',
      乙型肝炎病毒DNA: '清单项目为 HBV DNA 定性检测，名称未注明定性/定量，需医生确认',
      乙肝病毒DNA: '清单项目为 HBV DNA 定性检测，名称未注明定性/定量，需医生确认',
      乙肝DNA: '清单项目为 HBV DNA 定性检测，名称未注明定性/定量，需医生确认',
      'HBV-DNA': '清单项目为 HBV DNA 定性检测，名称未注明定性/定量，需医生确认',
      HBVDNA: '清单项目为 HBV DNA 定性检测，名称未注明定性/定量，需医生确认',
      'HBV-DNA定量': '清单项目为 HBV DNA 定性检测，定量检测结果需医生确认',
      HBVDNA定量: '清单项目为 HBV DNA 定性检测，定量检测结果需医生确认',
      乙肝病毒DNA定量: '清单项目为 HBV DNA 定性检测，定量检测结果需医生确认',
      乙型肝炎病毒DNA定量: '清单项目为 HBV DNA 定性检测，定量检测结果需医生确认',
      乙型肝炎病毒核酸定量: '清单项目为 HBV DNA 定性检测，定量检测结果需医生确认',
      '高敏HBV-DNA': '清单项目为 HBV DNA 定性检测，定量检测结果需医生确认',
    },
  },
  { targets: ['TB DNA', '结核分枝杆菌核酸定性检测'], names: ['结核分枝杆菌核酸定性检测', '结核分枝杆菌核酸', '结核分枝杆菌DNA', '结核分枝杆菌核酸定性', '结核杆菌DNA', '结核杆菌核酸', '结核DNA', 'TB-DNA', 'TBDNA', 'MTB-DNA', 'MTBDNA'] },
  {
    targets: ['HPV-16、-18 DNA', 'HPV-16/18 DNA', 'HPV16/18 DNA', '人乳头瘤病毒核酸-16、-18分型检测'],
    names: [
      '人乳头瘤病毒核酸-16、-18分型检测', '人乳头瘤病毒核酸16、18分型检测', '人乳头瘤病毒16/18型核酸检测', '人乳头瘤病毒16/18分型', '人乳头瘤病毒16、18型',
      'HPV-16、-18DNA', 'HPV-16、18DNA', 'HPV16、18DNA', 'HPV16/18DNA', 'HPV-16/18DNA', 'HPV16/18', 'HPV-16/18', 'HPV16/18分型', 'HPV16、18分型', 'HPV16/18型', 'HPV16,18分型', 'HPV16/18分型检测', 'HPV-16、-18',
    ],
  },
  { targets: ['SARS-CoV-2 RNA', '新型冠状病毒核糖核酸定性检测'], names: ['新型冠状病毒核糖核酸定性检测', '新型冠状病毒核酸检测', '新型冠状病毒核酸', '新型冠状病毒RNA', '新冠核酸', '新冠病毒核酸', '新冠病毒核酸检测', 'SARS-COV-2RNA', 'SARS-COV-2核酸', '2019-NCOV核酸', 'COVID-19核酸', '新型冠状病毒核糖核酸'] },
  { targets: ['NG DNA', '淋球菌核酸定性检测'], names: ['淋球菌核酸定性检测', '淋球菌核酸', '淋球菌DNA', '淋病奈瑟菌核酸', '淋病奈瑟菌DNA', '淋病奈瑟菌核酸检测', 'NG-DNA', 'NGDNA'] },
  { targets: ['CT DNA', '沙眼衣原体核酸定性检测'], names: ['沙眼衣原体核酸定性检测', '沙眼衣原体核酸', '沙眼衣原体DNA', '沙眼衣原体核酸检测', 'CT-DNA', 'CTDNA'] },
  // 微生物 (no specimen in the list: names naming a specimen are refused in unlisted-items.ts)
  { targets: ['涂片抗酸染色检测分枝杆菌'], names: ['涂片抗酸染色检测分枝杆菌', '涂片抗酸染色', '抗酸染色', '抗酸染色涂片', '抗酸杆菌涂片', '抗酸杆菌涂片检查', '涂片找抗酸杆菌', '找抗酸杆菌', '抗酸杆菌检查', '分枝杆菌涂片'] },
  { targets: ['常见需氧菌培养鉴定'], names: ['常见需氧菌培养鉴定', '常见需氧菌培养及鉴定', '需氧菌培养鉴定', '需氧菌培养及鉴定', '需氧菌培养', '一般细菌培养及鉴定', '细菌培养及鉴定', '普通细菌培养及鉴定'] },
  { targets: ['常见需氧菌药敏'], names: ['常见需氧菌药敏', '常见需氧菌药敏试验', '需氧菌药敏', '药敏', '药敏试验', '细菌药敏', '细菌药敏试验', '药物敏感试验', '抗菌药物敏感性试验', '细菌药物敏感试验'] },
];

export const SERUM_PREFIXES = ['血清', '血浆', '血'];

/**
 * Names that are ambiguous in practice even where a catalog lists them as an alias: they match at
 * most `probable`, whatever the catalog says.
 */
export const DEMOTED_NAMES: Record<string, string> = {
  FBG: '“FBG”在不同仪器/医院分别指纤维蛋白原或空腹血糖，需医生确认',
};
