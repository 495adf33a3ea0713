import { describe, expect, it } from 'vitest';
import { memoizeMatcher } from '../../lib/background/memoized-matcher.ts';
import { buildCatalogSet } from '../../lib/catalog/catalog-set.ts';
import type { OrderMatch } from '../../lib/matching/match-types.ts';

describe('memoized matcher', () => {
  it('answers a repeated name from memory, per catalog set, within its bound', () => {
    let calls = 0;
    const inner = (name: string): OrderMatch => {
      calls++;
      return { kind: 'none', input: name, normalized: name, reason: 'test' };
    };
    const match = memoizeMatcher(inner, 2);
    const a = buildCatalogSet([], []);
    const b = buildCatalogSet([], []);
    match('血常规', a);
    match('血常规', a);
    expect(calls).toBe(1);
    match('血常规', b);
    expect(calls).toBe(2);
    match('肝功能', b);
    match('肾功能', b);
    match('血常规', b);
    expect(calls).toBe(5);
  });
});
