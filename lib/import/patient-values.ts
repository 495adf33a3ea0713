// Patient fields as files write them → the export format's values.

export type Sex = '男' | '女' | '未知';

const SEX: Record<string, Sex> = {
  男: '男', 男性: '男', m: '男', male: '男', '1': '男',
  女: '女', 女性: '女', f: '女', female: '女', '2': '女',
  未知: '未知', 不详: '未知', 未说明: '未知', u: '未知', unknown: '未知', o: '未知', other: '未知', '0': '未知', '9': '未知',
};

/** 男/女/未知, M/F/U/O (HL7), male/female/other/unknown (FHIR), GB/T 2261.1 codes 1/2/0/9. */
export function parseSex(text: string): Sex | undefined {
  return SEX[text.normalize('NFKC').trim().toLowerCase()];
}

/**
 * A resident ID card number (居民身份证号): 18 characters (17 digits and a digit or X) or the old
 * 15 digits. Only the form is checked, so a number Excel turned into `5.10102E+17` is caught.
 */
export function normalizeIdCard(text: string): string | undefined {
  const value = text.normalize('NFKC').trim().toUpperCase();
  return /^(\d{17}[\dX]|\d{15})$/.test(value) ? value : undefined;
}

/** Joins family and given names: no space between Chinese names, one space otherwise. */
export function joinName(family: string | undefined, given: string | undefined): string | undefined {
  const parts = [family, given].map((part) => part?.trim() ?? '').filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const cjk = parts.some((part) => /[\u3400-\u9fff]/.test(part));
  return parts.join(cjk ? '' : ' ');
}
