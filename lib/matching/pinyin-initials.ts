// Pinyin initials that HIS input methods show instead of names (XCG = 血常规). Only a small set of
// codes that every Chinese HIS uses the same way; a code resolves to a Chinese name, which is
// then matched normally and downgraded to `probable` (a code is not a name).

export const PINYIN_INITIALS: Readonly<Record<string, string>> = {
  XCG: '血常规',
  NCG: '尿常规',
  GGN: '肝功能',
  SGN: '肾功能',
  GSGN: '肝肾功能',
  XZSX: '血脂四项',
  DJZ: '电解质',
  NXSX: '凝血四项',
  NXGN: '凝血功能',
  YGLDB: '乙肝两对半',
  YGWX: '乙肝五项',
  JGSX: '甲功三项',
  JGWX: '甲功五项',
  XXJD: '血型鉴定',
  XJMP: '心肌酶谱',
  THXHDB: '糖化血红蛋白',
};

/** The Chinese name behind a pinyin code, or undefined. Input: a normalised name. */
export function expandPinyinInitials(normalized: string): string | undefined {
  return /^[A-Z]{2,8}$/u.test(normalized) ? PINYIN_INITIALS[normalized] : undefined;
}
