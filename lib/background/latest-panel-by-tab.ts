// Which panel the side panel shows for a tab: the tab's latest order screen that needed the panel.
// Kept in memory and mirrored to storage.session, because the service worker sleeps after 30 s idle
// and a doctor who opens the side panel a minute after ordering must still see that order.
import type { SessionArea } from './panel-state-cache.ts';

const MAX_TABS = 200;

export function createLatestPanelByTab(session: (SessionArea & { remove?(key: string): Promise<void> }) | undefined) {
  const tokens = new Map<number, string>();
  const key = (tabId: number) => `tab:${tabId}`;
  return {
    /** Memory at once; the session copy is written only when the tab's token changes. */
    set(tabId: number, token: string): Promise<void> {
      if (tokens.get(tabId) === token) return Promise.resolve();
      tokens.delete(tabId);
      tokens.set(tabId, token);
      if (tokens.size > MAX_TABS) tokens.delete(tokens.keys().next().value as number);
      return session ? session.set({ [key(tabId)]: token }) : Promise.resolve();
    },
    async get(tabId: number): Promise<string | undefined> {
      const known = tokens.get(tabId);
      if (known !== undefined) return known;
      const stored = (await session?.get(key(tabId)))?.[key(tabId)];
      if (typeof stored !== 'string') return undefined;
      tokens.set(tabId, stored);
      return stored;
    },
    /** A closed tab's id is never reused in the same session, but its entry is dead weight. */
    forget(tabId: number): Promise<void> {
      tokens.delete(tabId);
      return session?.remove ? session.remove(key(tabId)) : Promise.resolve();
    },
  };
}

export type LatestPanelByTab = ReturnType<typeof createLatestPanelByTab>;
