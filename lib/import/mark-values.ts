// Recognition marks (互认标识) and qualitative results as files write them.
import type { Mark } from '../catalog/catalog-schema.ts';
import { compactKey } from './text-values.ts';

/** A mark as a source states it: `undefined` when it says nothing, `null` when it says no mark. */
export type MarkFound = Mark | null | undefined;

export type MarkParse = { ok: true; mark: Mark | null } | { ok: false; message: string };

const NO_MARK = new Set(['', '无', '否', '-', 'none', 'null']);

/** `川渝HR`, `川内HR`, `HR` (any width or case); empty / `无` → no mark. Anything else is refused. */
export function parseMark(text: string | undefined): MarkParse {
  const key = compactKey(text ?? '').toUpperCase();
  if (NO_MARK.has(key.toLowerCase())) return { ok: true, mark: null };
  if (key === '川渝HR' || key === '川内HR' || key === 'HR') return { ok: true, mark: key };
  return { ok: false, message: `无法识别的互认标识：${text}（应为 川渝HR、川内HR、HR 或留空）` };
}

/** A leading `*` / `＊` on an item name: the report marks it as a recognised item (000 附件2). */
export function splitStar(itemName: string): { name: string; starred: boolean } {
  const m = /^\s*[*＊]\s*(.*)$/s.exec(itemName);
  return m ? { name: m[1]!.trim(), starred: true } : { name: itemName.trim(), starred: false };
}

/**
 * The mark of an item: an explicit mark wins; otherwise a starred item takes the deployment's
 * `starMark`; a starred item without one is refused rather than guessed.
 */
export function markForItem(explicit: Mark | null, starred: boolean, starMark: Mark | undefined): MarkParse {
  if (explicit !== null || !starred) return { ok: true, mark: explicit };
  if (starMark) return { ok: true, mark: starMark };
  return { ok: false, message: '项目名前有 *（互认项目），但文件没有互认标识，部署也没有配置 starMark（* 代表的标识）' };
}

export type Qualitative = 'positive' | 'negative';
export type QualitativeParse = { ok: true; result: Qualitative | null } | { ok: false; message: string };

const QUALITATIVE: Record<string, Qualitative | null> = {
  阳性: 'positive', '+': 'positive', pos: 'positive', positive: 'positive', '(+)': 'positive',
  阴性: 'negative', '-': 'negative', neg: 'negative', negative: 'negative', '(-)': 'negative',
  '': null,
  // Indeterminate readings: the result is unknown, so the engine uses the shorter window.
  弱阳性: null, 可疑: null, 可疑阳性: null, 灰区: null, 不确定: null,
};

/**
 * 阳性 / 阴性 (or +/-, POS/NEG); empty or an indeterminate reading (弱阳性, 可疑, 灰区) → unknown.
 * Other words are refused.
 */
export function parseQualitative(text: string | undefined): QualitativeParse {
  const key = compactKey(text ?? '').toLowerCase();
  const result = QUALITATIVE[key];
  if (result !== undefined) return { ok: true, result };
  return { ok: false, message: `无法识别的定性结果：${text}（只接受 阳性/阴性，或留空）` };
}
