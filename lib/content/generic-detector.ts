// The generic detector, for HIS screens nobody wrote an adapter for. It looks for order grids by
// their header text (项目名称, 检查项目, 医嘱名称…), reads the rows under that header whichever way the
// grid keeps its cells (same table, or a body table apart from the header table, tied by `data-field`
// / `field` / jqGrid `aria-describedby` / Ext `x-grid3-td-N` or by position), and scores each grid
// with the evidence: catalog-like item names raise it, result columns (结果, 单位…) and drug columns
// (规格, 频次…) rule it out. It proposes an adapter-like description (the `orders` section and the
// identifiers it found) for IT staff to review; it decides nothing by itself.
//
// The patient: only identifiers count (generic-patient.ts). Without one, `patient.ids` stays empty —
// a name, sex and age on screen are never used to claim a patient.
import type { ColumnKey, ColumnSource, FrameRef, IdentifierKind, OrderGrid, TextSource } from '../adapters/adapter-schema.ts';
import { cssPath, stableClasses } from './generic-css-path.ts';
import { DRUG_HEADERS, ITEM_HEADERS, ORDER_HEADERS, PICKER_HEADERS, RESULT_HEADERS, looksLikeCatalogItem, looksLikeDrug } from './generic-item-lexicon.ts';
import { findPatientIdentifiers } from './generic-patient.ts';
import { normalizeHeaderText } from './read-grid-cell.ts';
import { readElement } from './read-dom-text.ts';
import { DETECTOR_TEXT } from '../ui-text.ts';

/** At or above this, a candidate is an order grid worth proposing. */
export const ORDER_GRID_THRESHOLD = 0.6;

export interface OrderGridCandidate {
  /** 0–1. */
  confidence: number;
  evidence: string[];
  headerText: string;
  items: string[];
  /** The `orders` section of an adapter that would read this grid. */
  orders: OrderGrid;
}

export interface GenericDetection {
  /** Every grid with an item-name header, best first. */
  candidates: OrderGridCandidate[];
  /** The best candidate when it reaches ORDER_GRID_THRESHOLD. */
  orderGrid?: OrderGridCandidate;
  patient: {
    /** Identifiers by kind; empty when none could be found (never filled from a name). */
    ids: Partial<Record<IdentifierKind, string>>;
    sources: { kind: IdentifierKind; frame: FrameRef; source: TextSource }[];
    evidence: string[];
  };
}

export interface DetectorOptions {
  /** "Would a catalog list this name?" — the real matcher where it is loaded; a lexicon otherwise. */
  isCatalogItem?: (name: string) => boolean;
}

const MAX_ROWS = 200;
const cellsOf = (row: Element): Element[] => Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
const headerTextOf = (cell: Element): string => normalizeHeaderText(cell.textContent ?? '');

function columnKey(header: Element, doc: Document): ColumnKey {
  for (const attribute of ['data-field', 'field']) if (header.getAttribute(attribute)) return { attribute };
  if (header.id && doc.querySelector(`[aria-describedby="${CSS_ESCAPE(header.id)}"]`)) return { attribute: 'id', cellAttribute: 'aria-describedby' };
  const token = Array.from(header.classList).find((name) => /^x-grid3-td-/.test(name));
  if (token) return { classPrefix: 'x-grid3-td-' };
  return 'position';
}

function CSS_ESCAPE(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

function cellFor(row: Element, header: Element, index: number, key: ColumnKey): Element | undefined {
  const cells = cellsOf(row);
  if (key === 'position') return cells[index];
  if ('attribute' in key) {
    const value = header.getAttribute(key.attribute);
    return cells.find((cell) => cell.getAttribute(key.cellAttribute ?? key.attribute) === value);
  }
  const token = Array.from(header.classList).find((name) => name.startsWith(key.classPrefix));
  return token ? cells.find((cell) => cell.classList.contains(token)) : undefined;
}

/** Body rows of the grid whose header row is `headerRow`. */
function bodyRows(headerRow: Element, header: Element, index: number, key: ColumnKey): Element[] {
  const table = headerRow.closest('table');
  if (!table) return [];
  const sameTable = Array.from((table as HTMLTableElement).rows).filter(
    (row) => row !== headerRow && row.parentElement?.localName !== 'thead' && cellsOf(row).length >= Math.min(2, cellsOf(headerRow).length),
  );
  // jqGrid's header table carries a hidden, empty sizing row: only rows with a name count here.
  const named = sameTable.filter((row) => {
    const cell = cellFor(row, header, index, key);
    return cell && readElement(cell, { read: 'auto' });
  });
  if (named.length > 0 || key === 'position') return sameTable.slice(0, MAX_ROWS);
  // Header and body in separate tables (jqGrid, EasyUI, layui, Ext): the nearest ancestor that also
  // holds rows with a cell of this column.
  let ancestor = table.parentElement;
  for (let level = 0; ancestor && level < 6; level++, ancestor = ancestor.parentElement) {
    const rows = Array.from(ancestor.querySelectorAll('tr')).filter((row) => !table.contains(row) && cellFor(row, header, index, key));
    if (rows.length > 0) return rows.slice(0, MAX_ROWS);
  }
  return sameTable.slice(0, MAX_ROWS);
}

function commonAncestor(elements: Element[]): Element | null {
  let candidate: Element | null = elements[0]?.parentElement ?? null;
  while (candidate && !elements.every((element) => candidate!.contains(element))) candidate = candidate.parentElement;
  return candidate;
}

function rowSelector(rows: Element[], headerRow: Element): string {
  const shared = stableClasses(rows[0]!).filter((name) => rows.every((row) => row.classList.contains(name)));
  if (shared.length > 0) return `tr.${shared[0]}`;
  for (const attribute of ['data-index', 'datagrid-row-index', 'role']) if (rows.every((row) => row.hasAttribute(attribute))) return `tr[${attribute}]`;
  if (rows[0]!.parentElement === headerRow.parentElement) {
    const headerClass = stableClasses(headerRow)[0];
    return headerClass ? `tr:not(.${headerClass})` : 'tr:not(:first-child)';
  }
  return 'tr';
}

function score(headerText: string, headerTexts: string[], items: string[], isCatalogItem: (name: string) => boolean) {
  const evidence: string[] = [];
  let confidence = headerText === '项目' ? 0.2 : 0.35;
  evidence.push(DETECTOR_TEXT.header(headerText));
  const orderColumns = headerTexts.filter((text) => ORDER_HEADERS.includes(text));
  if (orderColumns.length > 0) {
    confidence += 0.15;
    evidence.push(DETECTOR_TEXT.orderColumns(orderColumns));
  }
  const catalogLike = items.filter(isCatalogItem).length;
  if (items.length > 0) {
    confidence += 0.5 * (catalogLike / items.length);
    evidence.push(DETECTOR_TEXT.catalogLike(catalogLike, items.length));
  } else evidence.push(DETECTOR_TEXT.noRows);
  const resultColumns = headerTexts.filter((text) => RESULT_HEADERS.includes(text));
  if (resultColumns.length >= 2) {
    confidence = Math.min(confidence, 0.15);
    evidence.push(DETECTOR_TEXT.resultColumns(resultColumns));
  }
  const drugColumns = headerTexts.filter((text) => DRUG_HEADERS.includes(text));
  const drugNames = items.filter(looksLikeDrug).length;
  if (drugColumns.length >= 2 || (items.length > 0 && drugNames * 2 > items.length)) {
    confidence = Math.min(confidence, 0.15);
    evidence.push(DETECTOR_TEXT.drugs(drugColumns, drugNames));
  }
  // An item picker (a dropdown listing the catalogue with its search codes) is full of item names
  // but holds no orders: found on the training HIS, where the detector read the picker while the
  // doctor was typing.
  const pickerColumns = headerTexts.filter((text) => PICKER_HEADERS.includes(text));
  if (pickerColumns.length > 0) {
    confidence = Math.min(confidence, 0.15);
    evidence.push(DETECTOR_TEXT.pickerColumns(pickerColumns));
  }
  return { confidence: Math.round(confidence * 100) / 100, evidence };
}

function candidateAt(doc: Document, header: Element, isCatalogItem: (name: string) => boolean): OrderGridCandidate | undefined {
  const headerRow = header.closest('tr');
  if (!headerRow) return undefined;
  const headerCells = cellsOf(headerRow);
  const index = headerCells.indexOf(header);
  const key = columnKey(header, doc);
  const rows = bodyRows(headerRow, header, index, key);
  const named = rows.map((row) => ({ row, cell: cellFor(row, header, index, key) }));
  const items = named.map(({ cell }) => (cell ? readElement(cell, { read: 'auto' }) : undefined)).filter((name): name is string => Boolean(name));
  const headerText = headerTextOf(header);
  const { confidence, evidence } = score(headerText, headerCells.map(headerTextOf), items, isCatalogItem);
  const container = rows.length > 0 ? commonAncestor(rows) : headerRow.parentElement;
  const itemName: ColumnSource = {
    column: {
      header: `${cssPath(headerRow)} > ${header.localName}`,
      text: [headerText],
      key,
      cells: key === 'position' ? ':scope > td' : 'td',
    },
    read: 'auto',
  };
  return {
    confidence,
    evidence,
    headerText,
    items,
    orders: { container: container ? cssPath(container) : 'body', row: rows.length > 0 ? rowSelector(rows, headerRow) : 'tr', itemName },
  };
}

/** Looks at one frame (the one the order grid would be in) and the frames around it for the patient. */
export function detectOrderScreen(win: Window, options: DetectorOptions = {}): GenericDetection {
  const doc = win.document;
  const isCatalogItem = options.isCatalogItem ?? looksLikeCatalogItem;
  const wanted = new Set(ITEM_HEADERS.map(normalizeHeaderText));
  const seenRows = new Set<Element>();
  const candidates: OrderGridCandidate[] = [];
  for (const cell of Array.from(doc.querySelectorAll('th, td'))) {
    if ((cell.textContent ?? '').length > 20 || !wanted.has(headerTextOf(cell))) continue;
    const headerRow = cell.closest('tr');
    // One candidate per header row (a grid repeats its header in frozen and scrolling parts).
    if (!headerRow || seenRows.has(headerRow)) continue;
    seenRows.add(headerRow);
    const candidate = candidateAt(doc, cell, isCatalogItem);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.confidence - a.confidence);
  const found = findPatientIdentifiers(win);
  const orderGrid = candidates[0] && candidates[0].confidence >= ORDER_GRID_THRESHOLD ? candidates[0] : undefined;
  return {
    candidates,
    ...(orderGrid ? { orderGrid } : {}),
    patient: {
      ids: Object.fromEntries(found.map((id) => [id.kind, id.value])),
      sources: found.map(({ kind, frame, source }) => ({ kind, frame, source })),
      evidence:
        found.length > 0
          ? found.map((id) => DETECTOR_TEXT.patientFound(id.kind, id.how, typeof id.frame === 'string' ? id.frame : `top → ${id.frame.path.join(' → ')}`))
          : [DETECTOR_TEXT.noPatient],
    },
  };
}
