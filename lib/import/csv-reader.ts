// A small RFC 4180 reader: quoted fields with embedded delimiters, quotes ("") and line breaks;
// records end with CRLF, LF or CR. Tab-separated files (Excel "文本文件(制表符分隔)") are read
// when the header has tabs and no commas.

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export type CsvRead = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

export function readCsv(text: string, delimiter: string = detectDelimiter(text)): CsvRead {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      // Quoted field: runs to the next lone quote.
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, line: openedOn, message: '引号没有闭合（从这一行开始的带引号字段一直到文件末尾）' };
        const inner = text[i]!;
        if (inner === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === '\r' || inner === '\n') {
          if (inner === '\r' && text[i + 1] === '\n') {
            cell += '\r';
            i++;
          }
          line++;
        }
        cell += text[i]!;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        return { ok: false, line, message: '带引号的字段在闭合引号后还有字符（引号内的引号应写成 ""）' };
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    cell += ch;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
