// Every built-in adapter against every captured screen, as github-url-detection tests its
// detections: an adapter reads its own fixtures exactly (patient identifiers, every order row's
// item name) and matches none of the others', neither by URL nor by structure.
import { afterEach, describe, expect, it } from 'vitest';
import { builtinAdapters } from '../../lib/adapters/adapter-registry.ts';
import type { ScreenAdapter } from '../../lib/adapters/adapter-schema.ts';
import { findAdapterForUrl, urlGlobToRegExp } from '../../lib/adapters/url-glob.ts';
import { adapterFitsScreen, readOrderScreen } from '../../lib/content/read-order-screen.ts';
import { listLegacyFixtures, loadHtmlFixture, loadLegacyFixture } from './fixtures/legacy-fixtures.ts';
import { ADAPTER_OF_STYLE, EXPECTED } from './fixtures/legacy-expectations.ts';

const fixtures = listLegacyFixtures();
const adapterById = (id: string): ScreenAdapter => builtinAdapters.find((adapter) => adapter.id === id)!;
const urlMatches = (adapter: ScreenAdapter, url: string): boolean => adapter.urlPatterns.some((pattern) => urlGlobToRegExp(pattern).test(url));

let opened: { close(): void }[] = [];
afterEach(() => {
  opened.forEach((fixture) => fixture.close());
  opened = [];
});

function open(style: string, caseName: string) {
  const fixture = loadLegacyFixture(style, caseName);
  opened.push(fixture);
  return fixture;
}

describe('fixtures on disk', () => {
  it('cover every legacy style with at least two captured screens, each with its expectations', () => {
    for (const style of Object.keys(ADAPTER_OF_STYLE)) expect(fixtures.filter((f) => f.style === style).length).toBeGreaterThanOrEqual(2);
    expect(fixtures.map((f) => `${f.style}/${f.caseName}`).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.each(fixtures.map((f) => [`${f.style}/${f.caseName}`, f] as const))('%s', (label, { style, caseName }) => {
  const own = adapterById(ADAPTER_OF_STYLE[style]!);
  const expected = EXPECTED[label]!;

  it(`is found by URL for its own adapter (${own.id}) and no other`, () => {
    const { orderUrl } = open(style, caseName);
    expect(findAdapterForUrl(builtinAdapters, orderUrl)?.id).toBe(own.id);
    expect(builtinAdapters.filter((adapter) => urlMatches(adapter, orderUrl)).map((adapter) => adapter.id)).toEqual([own.id]);
  });

  it('reads the patient identifiers, name, sex and every order row through its own adapter', () => {
    const reading = readOrderScreen(open(style, caseName).orderWindow, own);
    expect(reading.patient.ids).toEqual(expected.ids);
    expect(reading.patient.name).toBe(expected.name);
    expect(reading.patient.sex).toBe(expected.sex);
    expect(reading.patient.age).toMatch(/^\d+岁$/);
    expect(reading.items).toEqual(expected.items);
    expect(adapterFitsScreen(reading)).toBe(true);
  });

  it.each(builtinAdapters.filter((adapter) => adapter.id !== own.id).map((adapter) => [adapter.id, adapter] as const))(
    'does not fit %s',
    (_id, other) => {
      const fixture = open(style, caseName);
      expect(urlMatches(other, fixture.orderUrl)).toBe(false);
      // Structure alone (as if a URL pattern were too broad): no rows with an identified patient.
      const reading = readOrderScreen(fixture.orderWindow, other);
      expect(adapterFitsScreen(reading)).toBe(false);
      expect(reading.items).toEqual([]);
    },
  );
});

describe('the training HIS order frame', () => {
  it.each(builtinAdapters.filter((adapter) => !adapter.id.startsWith('training-')).map((adapter) => [adapter.id, adapter] as const))(
    'is not read by %s',
    (_id, adapter) => {
      const fixture = loadHtmlFixture('order-frame-plain-table.html', 'http://127.0.0.1:8080/order-entry.html');
      opened.push(fixture);
      expect(urlMatches(adapter, 'http://127.0.0.1:8080/order-entry.html')).toBe(false);
      expect(readOrderScreen(fixture.window, adapter).items).toEqual([]);
    },
  );

  it('is read by its own adapter (rows only: the patient is in the shell)', () => {
    const fixture = loadHtmlFixture('order-frame-plain-table.html', 'http://127.0.0.1:8080/order-entry.html');
    opened.push(fixture);
    expect(readOrderScreen(fixture.window, adapterById('training-his-order-entry')).items).toEqual(['血常规']);
  });
});
