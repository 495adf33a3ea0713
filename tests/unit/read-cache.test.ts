// The background's read cache: answers from memory only between writes, and never keeps a read that
// a write may have overtaken.
import { describe, expect, it } from 'vitest';
import { createReadCache } from '../../lib/background/read-cache.ts';

function setup(maxAgeMs = 30_000, maxEntries = 4) {
  let clock = 1_000;
  let reads = 0;
  const cache = createReadCache({ maxAgeMs, maxEntries, now: () => clock });
  const read = (value: string) => () => {
    reads++;
    return Promise.resolve(value);
  };
  return { cache, read, reads: () => reads, advance: (ms: number) => void (clock += ms) };
}

describe('read cache', () => {
  it('reads once per key until dropped', async () => {
    const { cache, read, reads } = setup();
    expect(await cache.get('a', read('one'))).toBe('one');
    expect(await cache.get('a', read('two'))).toBe('one');
    expect(await cache.get('b', read('three'))).toBe('three');
    expect(reads()).toBe(2);
    cache.clear();
    expect(await cache.get('a', read('four'))).toBe('four');
    expect(reads()).toBe(3);
  });

  it('reads again once the kept value is older than maxAgeMs', async () => {
    const { cache, read, advance } = setup(100);
    await cache.get('a', read('old'));
    advance(100);
    expect(await cache.get('a', read('new'))).toBe('old');
    advance(1);
    expect(await cache.get('a', read('new'))).toBe('new');
  });

  it('a clock that went backwards counts as expired', async () => {
    const { cache, read, advance } = setup(100);
    await cache.get('a', read('old'));
    advance(-1);
    expect(await cache.get('a', read('new'))).toBe('new');
  });

  it('a read in flight when the cache is dropped is not kept', async () => {
    const { cache, read } = setup();
    let finish!: (value: string) => void;
    const first = cache.get('a', () => new Promise<string>((resolve) => (finish = resolve)));
    cache.clear();
    finish('before the write');
    expect(await first).toBe('before the write');
    expect(await cache.get('a', read('after the write'))).toBe('after the write');
  });

  it('two requests at once share one read', async () => {
    const { cache, reads } = setup();
    let count = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++count), 5));
    const [x, y] = await Promise.all([cache.get('a', slow), cache.get('a', slow)]);
    expect([x, y, count, reads()]).toEqual([1, 1, 1, 0]);
  });

  it('a failed read is not kept', async () => {
    const { cache, read } = setup();
    await expect(cache.get('a', () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    await Promise.resolve();
    expect(await cache.get('a', read('ok'))).toBe('ok');
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const { cache, read, reads } = setup(30_000, 2);
    await cache.get('a', read('a'));
    await cache.get('b', read('b'));
    await cache.get('c', read('c'));
    expect(cache.size).toBe(2);
    await cache.get('b', read('b2'));
    await cache.get('a', read('a2'));
    expect(reads()).toBe(4);
  });
});
