// Step 1 of the matcher: turn a messy HIS item name into one canonical spelling. Only spelling is
// changed here (width, case, spaces, codes, fee words); nothing that carries clinical meaning
// (side, contrast, body part, specimen) is ever removed.

/** Brackets NFKC leaves alone, mapped to ASCII. */
const BRACKETS: Record<string, string> = {
  '【': '[', '】': ']', '〔': '[', '〕': ']', '〖': '[', '〗': ']', '［': '[', '］': ']',
  '「': '(', '」': ')', '『': '(', '』': ')', '〈': '(', '〉': ')', '《': '(', '》': ')', '｛': '(', '｝': ')', '{': '(', '}': ')',
};

/** Dashes and other punctuation unified (after NFKC). */
const PUNCT: Record<string, string> = {
  '－': '-', '—': '-', '–': '-', '‐': '-', '‑': '-', '―': '-', '─': '-', '~': '-', '～': '-',
  '，': ',', '；': ';', '：': ':', '＋': '+', '﹢': '+', '·': '', '・': '', '•': '', '。': '', '．': '.', '"': '', "'": '', '“': '', '”': '', '‘': '', '’': '',
};

/** Leading list markers: `*` is the report's "recognised item" star (四川 附件2). */
const LEADING_MARKERS = /^[*★☆#△▲※●○◆◇■□√✓>]+/u;

/** Bracketed groups that are administrative, never clinical: insurance class, billing, urgency. */
const ADMIN_BRACKET = /\((?:J|Y|Z|甲|乙|丙|甲类|乙类|丙类|自费|自付|医保|公费|门诊|住院|急|急诊|加急|特需|普通|限门诊|院内|外送|外检|外院|套餐|组套|收费|项|次|\d+次|X?\d+)\)/gu;

/** Bracketed codes: `[250101001]`, `(250101001)`, `[CT001]`, `[A12]`. */
const CODE_BRACKET = /\[(?=[^\]]*\d)[A-Z0-9._\-/]*\]|\((?=[A-Z0-9._\-]*\d{4})[A-Z0-9._\-]+\)/gu;

/** A bare code at the start: `250101001 胸部CT`, `250101001-胸部CT`. */
const LEADING_CODE = /^[A-Z]{0,2}\d{5,}[A-Z0-9]*[-_:.]?/u;

/** Fee, quantity and urgency words at the end (repeated until none is left). */
const TRAILING_ADMIN = /(?:检查费|检验费|化验费|诊疗费|治疗费|材料费|费用|收费|计费|费|自费|\(自费\)|加急|急诊|\(急\)|急|[*X]\d+|\/次|每次|\d+次|每部位|\/部位|\/项|[-_:,;/.+、]+)$/u;

/** Leading urgency / billing words. */
const LEADING_ADMIN = /^(?:急诊|加急|急|自费|\(急\))(?=.)/u;

function mapChars(s: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of s) out += table[ch] ?? ch;
  return out;
}

/**
 * Canonical spelling of an item name:
 * - NFKC (full-width `ＣＴ（）` → `CT()`), other brackets → `[]`/`()`, dashes → `-`, `，；：` → `,;:`;
 * - ASCII letters upper-cased; all white space (including U+3000, NBSP, zero-width) removed;
 * - leading list markers (`*`, `★`), codes (`[250101001]`, `(J)`, a leading numeric code) and
 *   administrative words (`检查费`, `(自费)`, `(急)`, `×1`) removed.
 * Idempotent. Empty brackets left behind are dropped.
 */
export function normalizeItemName(input: string): string {
  let s = input.normalize('NFKC');
  s = mapChars(s, BRACKETS);
  s = mapChars(s, PUNCT);
  s = s.replace(/[\s\u200b-\u200d\ufeff\u00a0\u3000]+/gu, '');
  s = s.replace(/[a-z]/gu, (c) => c.toUpperCase());
  s = s.replace(/×/gu, 'X');
  // Recognition marks are printed on reports, never part of the item's identity.
  s = s.replace(/\(?(?:川渝|川内)HR\)?/gu, '');
  let previous: string;
  do {
    previous = s;
    s = s.replace(LEADING_MARKERS, '');
    s = s.replace(CODE_BRACKET, '');
    s = s.replace(ADMIN_BRACKET, '');
    s = s.replace(LEADING_CODE, '');
    s = s.replace(LEADING_ADMIN, '');
    s = s.replace(TRAILING_ADMIN, '');
    s = s.replace(/\(\)|\[\]/gu, '');
    s = s.replace(/^[-_:,;/.+、]+/u, '');
  } while (s !== previous);
  return s;
}
