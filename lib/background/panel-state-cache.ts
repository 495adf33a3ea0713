// Panel states by panel token, with the private context the background needs to act on a decision
// (which tab and frame, which patient and visit, the engine request). Kept in memory and, where the
// browser has it (Chrome 102+), mirrored to storage.session so a panel used after the service worker
// slept still finds it. storage.session lives in memory inside the extension: nothing reaches disk
// or the page.
import type { PanelState } from '../messaging/protocol.ts';
import type { EvaluateRequest } from '../rules/evaluate-schema.ts';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** Chrome has it; without it (tests, fakes) mirrored states are only overwritten, never removed. */
  remove?(keys: string | string[]): Promise<void>;
}

export interface PanelContext {
  tabId: number;
  frameId: number;
  patientKey?: string;
  /** The patient was linked by the doctor's confirmation of name, sex and age, not an identifier. */
  identityConfirmed?: boolean;
  visitKey?: string;
  /** The showing's key, when a name + sex + age match was offered or confirmed: answers are stored under it. */
  identityScopeKey?: string;
  request?: EvaluateRequest;
  noteField: boolean;
  /** The fee shown on screen for each order (same order as the verdicts), when the adapter reads one. */
  orderPrices?: (number | null)[];
  /** As shown on the HIS screen, for the printed consent form only. */
  patientDisplay: { name?: string; sex?: string; age?: string; recordNo?: string };
}

export interface PanelEntry {
  state: PanelState;
  context: PanelContext;
}

const MAX_ENTRIES = 50;

/** How often a busy screen's state is mirrored to storage.session (memory is always current). */
const MIRROR_EVERY_MS = 1_000;

/**
 * Which tokens storage.session holds, least recently written first, kept in storage.session itself: the worker
 * sleeps every 30 s idle and forgets its memory, and every page load makes a new token, so without
 * it a day's states would pile up there (1 MB in all before Chrome 112).
 */
const INDEX_KEY = 'panel-index';
type IndexEntry = { token: string; tabId: number };

export function createPanelStateCache(session: SessionArea | undefined) {
  const entries = new Map<string, PanelEntry>();
  const key = (token: string) => `panel:${token}`;
  // Index changes one at a time (mirrors of different tokens fire on their own timers).
  let indexQueue: Promise<unknown> = Promise.resolve();
  let index: IndexEntry[] | undefined;
  const withIndex = <T,>(job: (list: IndexEntry[]) => Promise<T>): Promise<T> => {
    const run = indexQueue.then(async () => {
      index ??= (((await session!.get(INDEX_KEY))[INDEX_KEY] as IndexEntry[] | undefined) ?? []).slice();
      return job(index);
    });
    indexQueue = run.catch(() => undefined);
    return run;
  };
  /** Removes states from storage.session only: memory keeps its own bound (a live screen stays there). */
  const drop = (tokens: string[]): Promise<void> =>
    tokens.length > 0 && session?.remove ? session.remove(tokens.map(key)) : Promise.resolve();
  /**
   * Writes a token's state and moves it to the end of the index (a screen in use all day is never the
   * one evicted), dropping the least recently written beyond the bound. The index is rewritten only
   * when its order changes: a busy screen, already last, costs one write of its state.
   */
  const write = (token: string, entry: PanelEntry): Promise<void> =>
    withIndex(async (list) => {
      const items: Record<string, unknown> = { [key(token)]: entry };
      if (list.at(-1)?.token !== token) {
        const at = list.findIndex((indexed) => indexed.token === token);
        if (at >= 0) list.splice(at, 1);
        list.push({ token, tabId: entry.context.tabId });
        const evicted = list.splice(0, Math.max(0, list.length - MAX_ENTRIES)).map((indexed) => indexed.token);
        items[INDEX_KEY] = list;
        await drop(evicted);
      }
      await session!.set(items);
    });
  // Mirroring copies the whole state through the browser process: on a grid that changes every frame
  // that copy, not the rules, was the extension's main cost (bench: page.overheadRatio). So at most
  // once a second per panel, always ending with the latest state.
  const mirrors = new Map<string, { timer?: ReturnType<typeof setTimeout>; last: number; done: Promise<void> }>();
  const mirror = (token: string): Promise<void> => {
    if (!session) return Promise.resolve();
    const state = mirrors.get(token) ?? { last: 0, done: Promise.resolve() };
    mirrors.set(token, state);
    if (state.timer) return state.done;
    const wait = Math.max(0, MIRROR_EVERY_MS - (Date.now() - state.last));
    state.done = new Promise((resolve, reject) => {
      state.timer = setTimeout(() => {
        state.timer = undefined;
        state.last = Date.now();
        const entry = entries.get(token);
        (entry ? write(token, entry) : Promise.resolve()).then(resolve, reject);
      }, wait);
    });
    if (mirrors.size > MAX_ENTRIES) mirrors.delete(mirrors.keys().next().value as string);
    return state.done;
  };
  return {
    /** Memory at once; the session mirror follows (throttled), and its promise is returned. */
    put(token: string, entry: PanelEntry): Promise<void> {
      entries.delete(token);
      entries.set(token, entry);
      if (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return mirror(token);
    },
    async get(token: string): Promise<PanelEntry | undefined> {
      const cached = entries.get(token);
      if (cached) return cached;
      const stored = await session?.get(key(token));
      const entry = stored?.[key(token)] as PanelEntry | undefined;
      if (entry) entries.set(token, entry);
      return entry;
    },
    /** A closed tab's screens: gone from memory and from storage.session. */
    forgetTab(tabId: number): Promise<void> {
      for (const [token, entry] of entries) if (entry.context.tabId === tabId) entries.delete(token);
      if (!session) return Promise.resolve();
      return withIndex(async (list) => {
        const gone = list.filter((indexed) => indexed.tabId === tabId).map((indexed) => indexed.token);
        if (gone.length === 0) return;
        list.splice(0, list.length, ...list.filter((indexed) => indexed.tabId !== tabId));
        await session.set({ [INDEX_KEY]: list });
        await drop(gone);
      });
    },
  };
}

export type PanelStateCache = ReturnType<typeof createPanelStateCache>;
