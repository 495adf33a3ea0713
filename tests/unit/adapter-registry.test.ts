import { describe, expect, it } from 'vitest';
import { builtinAdapters } from '../../lib/adapters/adapter-registry.ts';
import { screenAdapterSchema } from '../../lib/adapters/adapter-schema.ts';
import { findAdapterForUrl, urlGlobToRegExp } from '../../lib/adapters/url-glob.ts';

describe('built-in screen adapters', () => {
  it.each(builtinAdapters.map((adapter) => [adapter.id, adapter] as const))('%s validates against the adapter schema', (_id, adapter) => {
    expect(screenAdapterSchema.parse(adapter)).toEqual(adapter);
  });

  it('have unique ids', () => {
    expect(new Set(builtinAdapters.map((adapter) => adapter.id)).size).toBe(builtinAdapters.length);
  });

  it('refuses an adapter with a missing selector, naming the field', () => {
    const [first] = builtinAdapters;
    const broken = { ...first, orders: { ...first!.orders, row: '' } };
    const result = screenAdapterSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['orders', 'row']);
  });
});

describe('finding the adapter for a frame', () => {
  it.each([
    ['http://127.0.0.1:8000/order-entry.html', 'training-his-order-entry'],
    ['http://localhost:43123/order-entry.html?dept=3', 'training-his-order-entry'],
    ['http://127.0.0.1:8000/index.html', undefined],
    ['http://127.0.0.1:8000/reports/order-entry.html', undefined],
    ['http://evil.example/order-entry.html', undefined],
  ])('%s → %s', (url, expected) => {
    expect(findAdapterForUrl(builtinAdapters, url)?.id).toBe(expected);
  });

  it('treats everything but * literally', () => {
    expect(urlGlobToRegExp('http://a.b/x?.html').test('http://a.b/x?.html')).toBe(true);
    expect(urlGlobToRegExp('http://a.b/x?.html').test('http://aXb/x.html')).toBe(false);
  });
});

describe('url globs', () => {
  it('keeps * inside one path segment and lets ** cross segments', () => {
    expect(urlGlobToRegExp('http://h/*/order.jsp').test('http://h/a/b/order.jsp')).toBe(false);
    expect(urlGlobToRegExp('http://h/**/order.jsp').test('http://h/a/b/order.jsp')).toBe(true);
  });
});
