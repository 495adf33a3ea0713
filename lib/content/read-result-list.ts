// Captures a result list shown on a screen (外院报告, 互认结果查询…) as plain rows, through the
// adapter's `resultLists` section. Only reading: what is kept, for whom and how long is decided by
// the storage side. Items printed with the list's `recognisedPrefix` (`*`, 四川实施方案 附件2) are
// returned without it and flagged.
import type { ResultList, ScreenAdapter } from '../adapters/adapter-schema.ts';
import { frameDocument } from './read-dom-text.ts';
import { readCell } from './read-grid-cell.ts';

export interface ResultListRow {
  item: string;
  /** The item carried the list's recognised-item prefix. */
  recognised: boolean;
  value?: string;
  unit?: string;
  referenceRange?: string;
  date?: string;
  institution?: string;
  /** The mark as printed (`川渝HR`, `川内HR`, `HR`…), uninterpreted. */
  mark?: string;
  archiveNo?: string;
}

const MAX_ROWS = 500;
const OPTIONAL_FIELDS = ['value', 'unit', 'referenceRange', 'date', 'institution', 'mark', 'archiveNo'] as const;

export function readResultList(win: Window, list: ResultList): ResultListRow[] {
  const doc = frameDocument(win, list.frame);
  if (!doc) return [];
  const rows: ResultListRow[] = [];
  for (const container of Array.from(doc.querySelectorAll(list.container))) {
    for (const element of Array.from(container.querySelectorAll(list.row))) {
      if (rows.length >= MAX_ROWS) return rows;
      let item = readCell(element, list.fields.item);
      if (!item) continue;
      const prefix = list.recognisedPrefix;
      const recognised = Boolean(prefix && item.startsWith(prefix));
      if (recognised) item = item.slice(prefix!.length).trim();
      if (!item) continue;
      const row: ResultListRow = { item, recognised };
      for (const field of OPTIONAL_FIELDS) {
        const source = list.fields[field];
        const text = source && readCell(element, source);
        if (text) row[field] = text;
      }
      rows.push(row);
    }
  }
  return rows;
}

/** Every result list the adapter names, by list id. */
export function readResultLists(win: Window, adapter: ScreenAdapter): Record<string, ResultListRow[]> {
  const lists: Record<string, ResultListRow[]> = {};
  for (const list of adapter.resultLists ?? []) lists[list.id] = readResultList(win, list);
  return lists;
}
