// Panel states by panel token. Kept in memory and, where the browser has it (Chrome 102+),
// mirrored to storage.session so a panel opened after the service worker slept still finds its
// state. storage.session lives in memory inside the extension: nothing reaches disk or the page.
import type { PanelState } from '../messaging/protocol.ts';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const MAX_STATES = 50;

export function createPanelStateCache(session: SessionArea | undefined) {
  const states = new Map<string, PanelState>();
  const key = (token: string) => `panel:${token}`;
  return {
    async put(token: string, state: PanelState): Promise<void> {
      states.delete(token);
      states.set(token, state);
      if (states.size > MAX_STATES) {
        const oldest = states.keys().next().value;
        if (oldest !== undefined) states.delete(oldest);
      }
      await session?.set({ [key(token)]: state });
    },
    async get(token: string): Promise<PanelState | undefined> {
      const cached = states.get(token);
      if (cached) return cached;
      const stored = await session?.get(key(token));
      return stored?.[key(token)] as PanelState | undefined;
    },
  };
}
