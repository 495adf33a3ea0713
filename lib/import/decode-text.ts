// File bytes → text. Hospital exports come as UTF-8 (with or without BOM), UTF-16LE ("Unicode
// text" from Excel) or GBK (Chinese Windows). Detection: a BOM wins; otherwise a strict UTF-8
// decode; if that fails, GBK (the WHATWG `gbk` decoder, which reads GB18030 too). Pure: uses only
// TextDecoder, available in Node, the background service worker and extension pages.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-16 without a BOM (rare; some tools drop it): text that is mostly ASCII then has a zero byte
 * in every other position. Returns the byte order when the first 512 bytes look like that.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 512) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

function decode(label: string, bytes: Uint8Array, fatal: boolean): string {
  // ignoreBOM: we strip the BOM ourselves, so the decoder must not strip it a second time.
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: decode('utf-8', bytes.subarray(3), true), encoding: 'utf-8-bom' };
    if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decode('utf-16le', bytes.subarray(2), true), encoding: 'utf-16le' };
    if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decode('utf-16be', bytes.subarray(2), true), encoding: 'utf-16be' };
  } catch {
    return { ok: false, message: '文件开头有字节顺序标记（BOM），但内容不是该编码的有效文本' };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    try {
      return { ok: true, text: decode(utf16, bytes, true), encoding: utf16 };
    } catch {
      // fall through to UTF-8 / GBK
    }
  }
  try {
    return { ok: true, text: decode('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    // not UTF-8: Chinese Windows exports are GBK
  }
  try {
    return { ok: true, text: decode('gbk', bytes, true), encoding: 'gbk' };
  } catch {
    return { ok: false, message: '无法识别文件编码：既不是 UTF-8（含 BOM）、UTF-16，也不是 GBK' };
  }
}

/** How the encoding is named to users. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gbk: 'GBK',
};
