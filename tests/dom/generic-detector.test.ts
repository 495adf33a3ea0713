// The generic detector on every captured legacy screen (it must find the order grid, read its
// rows, and describe it well enough to read it again) and on negative samples: a result list, a
// drug order grid, a page with no grid. It never claims a patient it cannot identify.
import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_GRID_THRESHOLD, detectOrderScreen } from '../../lib/content/generic-detector.ts';
import { adapterFromDetection } from '../../lib/content/generic-adapter.ts';
import { GENERIC_ADAPTER_ID } from '../../lib/adapters/generic-adapter-id.ts';
import { looksLikeCatalogItem, looksLikeDrug } from '../../lib/content/generic-item-lexicon.ts';
import { watchOrderGrid } from '../../lib/content/order-row-watcher.ts';
import { frameDocument, readSource } from '../../lib/content/read-dom-text.ts';
import { listLegacyFixtures, loadHtmlFixture, loadLegacyFixture } from './fixtures/legacy-fixtures.ts';
import { EXPECTED } from './fixtures/legacy-expectations.ts';

let opened: { close(): void }[] = [];
afterEach(() => {
  opened.forEach((fixture) => fixture.close());
  opened = [];
});

function html(file: string): Window {
  const fixture = loadHtmlFixture(file, `http://127.0.0.1:8080/${file.replace(/^.*\//, '')}`);
  opened.push(fixture);
  return fixture.window;
}

describe.each(listLegacyFixtures().map((f) => [`${f.style}/${f.caseName}`, f] as const))('on %s', (label, { style, caseName }) => {
  const expected = EXPECTED[label]!;

  it('finds the order grid with its rows and evidence', () => {
    const fixture = loadLegacyFixture(style, caseName);
    opened.push(fixture);
    const detection = detectOrderScreen(fixture.orderWindow);
    expect(detection.orderGrid, JSON.stringify(detection.candidates, null, 1)).toBeDefined();
    expect(detection.orderGrid!.confidence).toBeGreaterThanOrEqual(ORDER_GRID_THRESHOLD);
    expect(detection.orderGrid!.items).toEqual(expected.items);
    expect(detection.orderGrid!.evidence.join(' ')).toContain('项目名称');
  });

  it('the provisional adapter carries how sure the detector is, for the panel to say', () => {
    const fixture = loadLegacyFixture(style, caseName);
    opened.push(fixture);
    const detection = detectOrderScreen(fixture.orderWindow);
    const adapter = adapterFromDetection(detection, fixture.orderWindow.location.href);
    expect(adapter?.id).toBe(GENERIC_ADAPTER_ID);
    expect(adapter?.detectionConfidence).toBe(detection.orderGrid!.confidence);
    expect(adapter?.name).toContain(`${Math.round(detection.orderGrid!.confidence * 100)}%`);
  });

  it('proposes an orders section that reads the same rows again', () => {
    const fixture = loadLegacyFixture(style, caseName);
    opened.push(fixture);
    const { orderGrid } = detectOrderScreen(fixture.orderWindow);
    const watcher = watchOrderGrid(fixture.orderWindow.document, orderGrid!.orders, () => undefined);
    expect(watcher.rows().map((row) => row.name)).toEqual(expected.items);
    watcher.disconnect();
  });

  it('finds the patient number in whichever frame holds it, and only identifiers', () => {
    const fixture = loadLegacyFixture(style, caseName);
    opened.push(fixture);
    const { patient } = detectOrderScreen(fixture.orderWindow);
    expect(patient.ids.hisPatientId).toBe(expected.ids.hisPatientId);
    if (patient.ids.idCard) expect(patient.ids.idCard).toBe(expected.ids.idCard);
    for (const value of Object.values(patient.ids)) expect(value).not.toContain(expected.name);
  });

  it('proposes identifier sources that read the same values again through their frame', () => {
    const fixture = loadLegacyFixture(style, caseName);
    opened.push(fixture);
    const { patient } = detectOrderScreen(fixture.orderWindow);
    expect(patient.sources.length).toBeGreaterThan(0);
    for (const { kind, frame, source } of patient.sources) {
      expect(readSource(frameDocument(fixture.orderWindow, frame)!, source), `${kind} ${source.selector}`).toBe(patient.ids[kind]);
    }
  });
});

describe('screens that are not order grids', () => {
  it('a result list (结果, 单位, 参考范围…) is a candidate at most, never the order grid', () => {
    const detection = detectOrderScreen(html('negative/result-list.html'));
    expect(detection.orderGrid).toBeUndefined();
    expect(detection.candidates[0]?.confidence).toBeLessThan(ORDER_GRID_THRESHOLD);
    expect(detection.candidates[0]?.evidence.join(' ')).toContain('结果列表');
  });

  it('a drug order grid headed 医嘱名称 is not an order grid for tests', () => {
    const detection = detectOrderScreen(html('negative/drug-order-grid.html'));
    expect(detection.orderGrid).toBeUndefined();
    expect(detection.candidates[0]?.items).toEqual(['阿莫西林胶囊', '布洛芬缓释胶囊', '0.9%氯化钠注射液']);
    expect(detection.candidates[0]?.evidence.join(' ')).toContain('处方');
  });

  it('a page with no grid has no candidate (a 检查项目 label beside a textarea is not a header)', () => {
    const detection = detectOrderScreen(html('negative/no-grid.html'));
    expect(detection.orderGrid).toBeUndefined();
    expect(detection.candidates.every((candidate) => candidate.confidence < ORDER_GRID_THRESHOLD)).toBe(true);
  });

  it('an item picker dropdown (拼音码 column) is not the order grid, however item-like its rows', () => {
    const detection = detectOrderScreen(html('negative/item-picker-dropdown.html'));
    expect(detection.orderGrid).toBeUndefined();
    expect(detection.candidates[0]?.evidence.join(' ')).toContain('项目选择列表');
  });

  it('the jqGrid shell frame shows a result grid, not an order grid', () => {
    const fixture = loadLegacyFixture('jqgrid', 'p1-rows-and-inline-edit');
    opened.push(fixture);
    expect(detectOrderScreen(fixture.top).orderGrid).toBeUndefined();
  });
});

describe('the patient', () => {
  it('stays unidentified when the screen shows only name, sex and age', () => {
    const detection = detectOrderScreen(html('negative/order-grid-without-identifier.html'));
    expect(detection.orderGrid?.items).toEqual(['左膝关节MR平扫', '胸部正位(DR)']);
    expect(detection.patient.ids).toEqual({});
    expect(detection.patient.sources).toEqual([]);
    expect(detection.patient.evidence.join(' ')).toContain('不认定病人');
  });

  it('is read from a label in a plain table on the training order frame shape', () => {
    const detection = detectOrderScreen(html('negative/no-grid.html'));
    expect(detection.patient.ids).toEqual({ hisPatientId: 'MZ20260003' });
  });
});

describe('scoring', () => {
  it('finds the training HIS order grid', () => {
    const detection = detectOrderScreen(html('order-frame-plain-table.html'));
    expect(detection.orderGrid?.items).toEqual(['血常规']);
  });

  it('uses the catalog check it is given: no catalog-like names, no order grid', () => {
    const fixture = loadLegacyFixture('layui', 'p1-reloaded-rows');
    opened.push(fixture);
    const detection = detectOrderScreen(fixture.orderWindow, { isCatalogItem: () => false });
    expect(detection.orderGrid).toBeUndefined();
    expect(detection.candidates[0]?.evidence.join(' ')).toContain('0/3 行');
  });

  it.each([
    ['左侧膝关节磁共振平扫成像', true, false],
    ['胸部正位(DR)', true, false],
    ['血细胞分析(五分类)', true, false],
    ['乙肝两对半', true, false],
    ['胸片', true, false],
    ['阿莫西林胶囊', false, true],
    ['0.9%氯化钠注射液', false, true],
    ['硝苯地平控释片', false, true],
    ['换药', false, false],
  ])('%s: catalog-like %s, drug %s', (name, catalogLike, drug) => {
    expect(looksLikeCatalogItem(name)).toBe(catalogLike);
    expect(looksLikeDrug(name)).toBe(drug);
  });
});
