// Format checks of every built-in screen adapter (as Dark Reader checks its fixes file) and of the
// schema's newer parts: selectors that the browser accepts, patterns that compile, loopback-only
// built-ins, identifiers always present, every adapter file registered, and clear refusals.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinAdapters } from '../../lib/adapters/adapter-registry.ts';
import { screenAdapterSchema, type CellSource, type ScreenAdapter } from '../../lib/adapters/adapter-schema.ts';

const here = dirname(fileURLToPath(import.meta.url));
const adaptersDir = join(here, '../../lib/adapters');

function cellSelectors(source: CellSource): string[] {
  return 'selector' in source ? [source.selector] : [source.column.header, source.column.cells, ...(source.column.scope ? [source.column.scope] : [])];
}

function selectorsOf(adapter: ScreenAdapter): string[] {
  const { patient, orders } = adapter;
  return [
    ...patient.ids.map((id) => id.source.selector),
    ...[patient.name, patient.sex, patient.age].flatMap((source) => (source ? [source.selector] : [])),
    ...(patient.watch ? [patient.watch] : []),
    orders.container,
    orders.row,
    ...cellSelectors(orders.itemName),
    ...(adapter.noteField ? [adapter.noteField] : []),
    ...(adapter.submit ? [adapter.submit] : []),
    ...(adapter.resultLists ?? []).flatMap((list) => [list.container, list.row, ...Object.values(list.fields).flatMap((field) => (field ? cellSelectors(field) : []))]),
  ];
}

function patternsOf(adapter: ScreenAdapter): string[] {
  const sources = [...adapter.patient.ids.map((id) => id.source), adapter.orders.itemName];
  return sources.flatMap((source) => (source.pattern ? [source.pattern] : []));
}

describe.each(builtinAdapters.map((adapter) => [adapter.id, adapter] as const))('built-in adapter %s', (_id, adapter) => {
  it('parses to exactly itself (no defaults left to fill in)', () => {
    expect(screenAdapterSchema.parse(adapter)).toEqual(adapter);
  });

  it('uses only selectors the browser accepts', () => {
    const row = document.createElement('tr');
    for (const selector of selectorsOf(adapter)) {
      expect(() => document.querySelector(selector), selector).not.toThrow();
      expect(() => row.querySelectorAll(selector), selector).not.toThrow();
    }
  });

  it('uses patterns with one capture group', () => {
    for (const pattern of patternsOf(adapter)) expect(new RegExp(`${pattern}|`).exec('')!.length, pattern).toBe(2);
  });

  it('names loopback frames only, on both 127.0.0.1 and localhost (the built-in host permissions)', () => {
    for (const pattern of adapter.urlPatterns) expect(pattern).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\*\//);
    const hosts = new Set(adapter.urlPatterns.map((pattern) => pattern.replace('localhost', '127.0.0.1')));
    expect(hosts.size * 2).toBe(adapter.urlPatterns.length);
  });

  it('reads at least one identifier, the patient number first', () => {
    expect(adapter.patient.ids[0]?.kind).toBe('hisPatientId');
  });
});

describe('the registry', () => {
  it('registers every *-adapter.ts file under lib/adapters, once, with unique ids', async () => {
    const files = readdirSync(adaptersDir).filter((file) => file.endsWith('-adapter.ts'));
    const exported: unknown[] = [];
    for (const file of files) exported.push(...Object.values(await import(join(adaptersDir, file))));
    expect(exported).toHaveLength(files.length);
    for (const adapter of exported) expect(builtinAdapters).toContain(adapter);
    expect(builtinAdapters).toHaveLength(files.length);
    expect(new Set(builtinAdapters.map((adapter) => adapter.id)).size).toBe(builtinAdapters.length);
  });
});

describe('the schema', () => {
  const example = JSON.parse(readFileSync(join(here, 'fixtures/department-adapter.json'), 'utf8')) as unknown;

  it('accepts the department example of docs/adapters.md, filling `read: text` where it is left out', () => {
    const adapter = screenAdapterSchema.parse(example);
    expect(adapter.patient.name).toEqual({ selector: '#tdXm', read: 'text' });
    expect(adapter.patient.frame).toEqual({ from: 'top', path: ['topFrame'] });
    expect(adapter.resultLists?.[0]?.fields.item).toEqual({ selector: 'td.xmmc', read: 'text' });
    expect(adapter.submitFrame).toEqual({ from: 'top', path: ['toolbar'] });
  });

  const refusals: [string, (adapter: Record<string, any>) => void, (string | number)[]][] = [
    ['read "attribute" without an attribute', (a) => (a.orders.itemName = { selector: 'td', read: 'attribute' }), ['orders', 'itemName']],
    ['an attribute without read "attribute"', (a) => (a.patient.ids[0].source.attribute = 'title'), ['patient', 'ids', 0, 'source', 'attribute']],
    ['a pattern that does not compile', (a) => (a.patient.ids[1].source.pattern = '身份证[:：'), ['patient', 'ids', 1, 'source', 'pattern']],
    ['an empty frame path', (a) => (a.patient.frame = { from: 'top', path: [] }), ['patient', 'frame']],
    ['an unknown frame', (a) => (a.patient.frame = 'opener'), ['patient', 'frame']],
    ['a submit frame that is not a frame reference', (a) => (a.submitFrame = 'toolbar'), ['submitFrame']],
    ['a submit key written loosely', (a) => (a.submitKeys = ['F8', 'ctrl+s']), ['submitKeys', 1]],
    ['an unknown column key', (a) => (a.orders.itemName.column.key = 'index'), ['orders', 'itemName']],
    ['a column without header texts', (a) => (a.orders.itemName.column.text = []), ['orders', 'itemName']],
    ['an unknown identifier kind', (a) => (a.patient.ids[0].kind = 'patientName'), ['patient', 'ids', 0, 'kind']],
    ['a result list without its item', (a) => delete a.resultLists[0].fields.item, ['resultLists', 0, 'fields', 'item']],
  ];

  it.each(refusals)('refuses %s, naming where', (_label, breakIt, path) => {
    const broken = structuredClone(example) as Record<string, any>;
    breakIt(broken);
    const result = screenAdapterSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((issue) => path.every((part, index) => issue.path[index] === part))).toBe(true);
  });
});
