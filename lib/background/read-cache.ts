// The reads on the way from an order row to its warning (the patient's results, this visit's
// decisions, the QC revocations, and for a patient with no identifier the store knows the name + sex
// + age candidates and the doctor's answers), kept in the worker's memory between one screen's requests: an order
// screen asks about its patient when it opens, so the rows the doctor adds next are judged without
// waiting for IndexedDB (~2-4 ms of the warm warning's time in `npm run bench`).
//
// A cached read must never outlive a write it does not show, so the cache is dropped whole:
// - whenever a write commits, in this worker (fired before the write's promise resolves) or in another
//   extension page (an import in the options page; Dexie posts it to the origin's contexts, and until
//   that notice arrives the cache answers as a read begun just before the commit would have)
//   — lib/background/database-writes.ts;
// - when the database connection closes (deleted, or upgraded elsewhere);
// - after `maxAgeMs`, whatever happened.
// A read in flight when the cache is dropped is not kept (it may predate the write).
// A read that fails is not kept. Nothing here is stored: it lives and dies with the worker.

export interface ReadCacheOptions {
  /** Oldest answer given from memory. */
  maxAgeMs: number;
  /** Entries kept (oldest dropped first). */
  maxEntries: number;
  /** A monotonic clock (`performance.now`): the wall clock may be set back. */
  now(): number;
}

export interface ReadCache {
  /** The value read for `key`: from memory when read since the last drop and young enough, else `read()`. */
  get<T>(key: string, read: () => Promise<T>): Promise<T>;
  /** Drops everything: a write happened. */
  clear(): void;
  readonly size: number;
}

export function createReadCache(options: ReadCacheOptions): ReadCache {
  let entries = new Map<string, { value: Promise<unknown>; at: number }>();
  return {
    get<T>(key: string, read: () => Promise<T>): Promise<T> {
      const now = options.now();
      const kept = entries.get(key);
      // A clock that went backwards counts as expired.
      if (kept && now >= kept.at && now - kept.at <= options.maxAgeMs) return kept.value as Promise<T>;
      const value = read();
      const mine = { value, at: now };
      entries.delete(key);
      entries.set(key, mine);
      if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
      // A failed read is asked again next time (only if nothing replaced it meanwhile).
      const held = entries;
      value.catch(() => {
        if (held.get(key) === mine) held.delete(key);
      });
      return value;
    },
    clear() {
      // A new map: a read in flight when the drop came cannot put itself back.
      entries = new Map();
    },
    get size() {
      return entries.size;
    },
  };
}
