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
}

export interface PanelContext {
  tabId: number;
  frameId: number;
  patientKey?: string;
  visitKey?: string;
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

export function createPanelStateCache(session: SessionArea | undefined) {
  const entries = new Map<string, PanelEntry>();
  const key = (token: string) => `panel:${token}`;
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
        (entry ? session.set({ [key(token)]: entry }) : Promise.resolve()).then(resolve, reject);
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
  };
}

export type PanelStateCache = ReturnType<typeof createPanelStateCache>;
