import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/import/decode-text.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url)));
const utf8Text = readFileSync(new URL('./fixtures/import/results.csv', import.meta.url), 'utf8');

// GBK code points from the GB 2312 table: 姓 D0D5, 名 C3FB, 血 D1AA, 红 BAEC, 蛋 B5B0, 白 B0D7, 阳 D1F4, 性 D0D4.
const GBK_TABLE: [string, number[]][] = [
  ['姓名', [0xd0, 0xd5, 0xc3, 0xfb]],
  ['血红蛋白', [0xd1, 0xaa, 0xba, 0xec, 0xb5, 0xb0, 0xb0, 0xd7]],
  ['阳性', [0xd1, 0xf4, 0xd0, 0xd4]],
];

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('姓名,性别\n张三,男'))).toEqual({ ok: true, text: '姓名,性别\n张三,男', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('姓名')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '姓名', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const decoded = decodeText(fixture('results-utf16le.csv'));
    expect(decoded).toEqual({ ok: true, text: utf8Text, encoding: 'utf-16le' });
  });

  it('reads UTF-16LE without a BOM when every other byte is zero', () => {
    const bytes = new Uint8Array([...'MZ1,血红蛋白,132'].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'MZ1,血红蛋白,132', encoding: 'utf-16le' });
  });

  it.each(GBK_TABLE)('falls back to GBK for %s built from the GB 2312 table', (text, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: true, text, encoding: 'gbk' });
  });

  it('reads a GBK export made with iconv (CRLF line ends, as Windows writes them)', () => {
    const decoded = decodeText(fixture('results-gbk.csv'));
    expect(decoded.ok && decoded.encoding).toBe('gbk');
    expect(decoded.ok && decoded.text.replace(/\r\n/g, '\n')).toBe(utf8Text);
  });

  it('refuses bytes that are neither UTF-8 nor GBK', () => {
    const decoded = decodeText(new Uint8Array([0x41, 0x81, 0x20, 0x42]));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(/无法识别文件编码/);
  });

  it('refuses a BOM followed by bytes that are not that encoding', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xd5, 0xc5])).ok).toBe(false);
  });
});
