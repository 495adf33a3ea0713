// Finds a value's cell inside a grid row: by selector, or through the header text when the cells
// themselves say nothing (Ext JS 3 `x-grid3-td-N`, plain tables) or when the column id differs per
// deployment. Headers are looked up on every read (grids reorder and hide columns) but only inside
// the adapter's scope, so this stays cheap.
import type { CellSource, ColumnKey, ColumnSource } from '../adapters/adapter-schema.ts';
import { readElement } from './read-dom-text.ts';

/** Header text as compared: no spaces, no trailing `:`, `：` or required-field `*`. */
export function normalizeHeaderText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '').replace(/[:：*＊]+$/, '');
}

function headerCell(row: Element, column: ColumnSource['column']): { cell: Element; index: number } | undefined {
  const scope: ParentNode | null = column.scope ? row.closest(column.scope) : row.ownerDocument;
  if (!scope) return undefined;
  const wanted = new Set(column.text.map(normalizeHeaderText));
  const headers = Array.from(scope.querySelectorAll(column.header));
  const index = headers.findIndex((cell) => wanted.has(normalizeHeaderText(cell.textContent ?? '')));
  return index < 0 ? undefined : { cell: headers[index]!, index };
}

function keyedCell(row: Element, cells: Element[], header: { cell: Element; index: number }, key: ColumnKey): Element | undefined {
  if (key === 'position') return cells[header.index];
  if ('attribute' in key) {
    const value = header.cell.getAttribute(key.attribute);
    if (!value) return undefined;
    const cellAttribute = key.cellAttribute ?? key.attribute;
    return cells.find((cell) => cell.getAttribute(cellAttribute) === value);
  }
  const token = Array.from(header.cell.classList).find((name) => name.startsWith(key.classPrefix));
  return token ? cells.find((cell) => cell.classList.contains(token)) : undefined;
}

/** The element holding a value of the row, or null when the row (or its header) has none. */
export function findCell(row: Element, source: CellSource): Element | null {
  // `:scope` is the row itself (querySelector only searches below it): e.g. a price kept in the
  // row's own `data-price` attribute.
  if ('selector' in source) return source.selector === ':scope' ? row : row.querySelector(source.selector);
  const header = headerCell(row, source.column);
  if (!header) return null;
  return keyedCell(row, Array.from(row.querySelectorAll(source.column.cells)), header, source.column.key) ?? null;
}

export function readCell(row: Element, source: CellSource): string | undefined {
  const cell = findCell(row, source);
  return cell ? readElement(cell, source) : undefined;
}
