/*
 * 培训版 HIS —— 检查检验项目字典（门诊可开立项目）。
 * 名称照搬各院 HIS 常见写法，故意保留不统一之处（CT / 计算机体层(CT)、头颅 / 颅脑、
 * 左膝 / 左侧膝关节、全角 ＭＲ、组合项目“+”），用来检验互认助手的名称匹配。
 * code 为拼音首字母检索码；price 为示意单价（元），非物价标准。
 */
(function (w) {
  w.HIS_ITEMS = [
    /* ---- 检验 ---- */
    { code: 'XCG', name: '血常规', type: '检验', dept: '检验科', specimen: '静脉血', price: '20.00' },
    { code: 'XXBFX', name: '血细胞分析(五分类)', type: '检验', dept: '检验科', specimen: '静脉血', price: '25.00' },
    { code: 'XCGCRP', name: '血常规+CRP', type: '检验', dept: '检验科', specimen: '静脉血', price: '40.00' },
    { code: 'NCG', name: '尿常规', type: '检验', dept: '检验科', specimen: '尿液', price: '15.00' },
    { code: 'GGN', name: '肝功能', type: '检验', dept: '检验科', specimen: '静脉血', price: '90.00' },
    { code: 'SGN', name: '肾功能', type: '检验', dept: '检验科', specimen: '静脉血', price: '30.00' },
    { code: 'XZSX', name: '血脂四项', type: '检验', dept: '检验科', specimen: '静脉血', price: '40.00' },
    { code: 'DJZSX', name: '电解质四项', type: '检验', dept: '检验科', specimen: '静脉血', price: '25.00' },
    { code: 'KFXT', name: '空腹血糖', type: '检验', dept: '检验科', specimen: '静脉血', price: '5.00' },
    { code: 'THXHDB', name: '糖化血红蛋白', type: '检验', dept: '检验科', specimen: '静脉血', price: '60.00' },
    { code: 'NXSX', name: '凝血四项', type: '检验', dept: '检验科', specimen: '静脉血(枸橼酸钠)', price: '70.00' },
    { code: 'XXJD', name: '血型鉴定(ABO+Rh)', type: '检验', dept: '输血科', specimen: '静脉血', price: '30.00' },
    { code: 'YGLDB', name: '乙肝两对半', type: '检验', dept: '检验科', specimen: '静脉血', price: '75.00' },
    { code: 'BGKT', name: '丙型肝炎抗体(HCV-Ab)', type: '检验', dept: '检验科', specimen: '静脉血', price: '40.00' },
    { code: 'MDKT', name: '梅毒螺旋体抗体(TP-Ab)', type: '检验', dept: '检验科', specimen: '静脉血', price: '35.00' },
    { code: 'JGSX', name: '甲功三项', type: '检验', dept: '检验科', specimen: '静脉血', price: '120.00' },
    { code: 'CFYDB', name: 'C反应蛋白', type: '检验', dept: '检验科', specimen: '静脉血', price: '20.00' },
    { code: 'ZLBZW', name: '肿瘤标志物(AFP+CEA)', type: '检验', dept: '检验科', specimen: '静脉血', price: '110.00' },
    /* ---- 放射：DR ---- */
    { code: 'XBZW', name: '胸部正位(DR)', type: '检查', dept: '放射科DR室', specimen: '', price: '60.00' },
    { code: 'XBZCW', name: '胸部正侧位(DR)', type: '检查', dept: '放射科DR室', specimen: '', price: '100.00' },
    { code: 'YZZCW', name: '腰椎正侧位(DR)', type: '检查', dept: '放射科DR室', specimen: '', price: '100.00' },
    /* ---- 放射：CT ---- */
    { code: 'XBCTPS', name: '胸部CT平扫', type: '检查', dept: '放射科CT室', specimen: '', price: '180.00' },
    { code: 'XBJSJTC', name: '胸部计算机体层(CT)平扫', type: '检查', dept: '放射科CT室', specimen: '', price: '180.00' },
    { code: 'XBCTSW', name: '胸部CT平扫+三维重建', type: '检查', dept: '放射科CT室', specimen: '', price: '330.00' },
    { code: 'TLCTPS', name: '头颅CT平扫', type: '检查', dept: '放射科CT室', specimen: '', price: '150.00' },
    { code: 'SFBCTZQ', name: '上腹部CT增强', type: '检查', dept: '放射科CT室', specimen: '', price: '600.00' },
    /* ---- 放射：MR ---- */
    { code: 'LNMRPS', name: '颅脑MR平扫', type: '检查', dept: '放射科MR室', specimen: '', price: '450.00' },
    { code: 'JZMRPS', name: '颈椎ＭＲ平扫', type: '检查', dept: '放射科MR室', specimen: '', price: '450.00' },
    { code: 'YZMRPS', name: '腰椎MR平扫', type: '检查', dept: '放射科MR室', specimen: '', price: '450.00' },
    { code: 'ZXMRPS', name: '左膝关节MR平扫', type: '检查', dept: '放射科MR室', specimen: '', price: '500.00' },
    { code: 'YXMRPS', name: '右膝关节MR平扫', type: '检查', dept: '放射科MR室', specimen: '', price: '500.00' },
    { code: 'ZCXGJCGZ', name: '左侧膝关节磁共振平扫成像', type: '检查', dept: '放射科MR室', specimen: '', price: '500.00' },
    { code: 'ZXMRZQ', name: '左膝关节MR增强', type: '检查', dept: '放射科MR室', specimen: '', price: '900.00' },
    /* ---- 其他 ---- */
    { code: 'XDT', name: '心电图', type: '检查', dept: '心电图室', specimen: '', price: '25.00' },
    { code: 'XZCC', name: '心脏彩超', type: '检查', dept: '超声科', specimen: '', price: '200.00' },
    { code: 'FBCC', name: '腹部彩超(肝胆胰脾)', type: '检查', dept: '超声科', specimen: '', price: '120.00' }
  ];
})(window);
