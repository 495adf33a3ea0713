// Which panel the side panel shows for a tab: the tab's latest order screen that needed the panel,
// or a newer screen of that same frame (reloaded, another patient) even if it needs none, or the
// tab's newest screen once that one's page is gone, so a patient who has left the screen is never
// left in the side panel. Kept in memory and mirrored to
// storage.session, because the service worker sleeps after 30 s idle and a doctor who opens the
// side panel a minute after ordering must still see that order.
import type { SessionArea } from './panel-state-cache.ts';

const MAX_TABS = 200;

interface Latest {
  token: string;
  frameId: number;
}

export function createLatestPanelByTab(session: SessionArea | undefined) {
  // null: known to have none (so a tab that never warns does not read the session at every verdict).
  const latest = new Map<number, Latest | null>();
  // The tab's most recent screen of any kind (memory only): what takes a closed latest's place.
  const newest = new Map<number, Latest>();
  const key = (tabId: number) => `tab:${tabId}`;
  const read = async (tabId: number): Promise<Latest | undefined> => {
    if (latest.has(tabId)) return latest.get(tabId) ?? undefined;
    const stored = (await session?.get(key(tabId)))?.[key(tabId)] as Partial<Latest> | undefined;
    const found = typeof stored?.token === 'string' && typeof stored.frameId === 'number' ? { token: stored.token, frameId: stored.frameId } : undefined;
    latest.set(tabId, found ?? null);
    if (latest.size > MAX_TABS) latest.delete(latest.keys().next().value as number);
    return found;
  };
  const write = (tabId: number, next: Latest): Promise<void> => {
    latest.delete(tabId);
    latest.set(tabId, next);
    if (latest.size > MAX_TABS) latest.delete(latest.keys().next().value as number);
    return session ? session.set({ [key(tabId)]: next }) : Promise.resolve();
  };
  return {
    /**
     * A screen's verdict came in. It becomes the tab's latest if it shows the panel, or if it is the
     * same frame as the latest (its newer screen). The session is written only when that changes
     * (a busy grid re-evaluates many times a second).
     */
    async offer(tabId: number, frameId: number, token: string, showsPanel: boolean): Promise<void> {
      newest.set(tabId, { token, frameId });
      if (newest.size > MAX_TABS) newest.delete(newest.keys().next().value as number);
      const current = await read(tabId);
      if (current?.token === token) return;
      if (showsPanel || !current || current.frameId === frameId) await write(tabId, { token, frameId });
    },
    /**
     * A screen's page went (its port closed: reloaded, navigated, closed). If it was the tab's latest,
     * the tab's newest other screen takes its place, or none. True when the latest changed.
     */
    async gone(tabId: number, token: string): Promise<boolean> {
      if (newest.get(tabId)?.token === token) newest.delete(tabId);
      const current = await read(tabId);
      if (current?.token !== token) return false;
      const next = newest.get(tabId);
      if (next) await write(tabId, next);
      else {
        latest.set(tabId, null);
        await session?.remove?.(key(tabId));
      }
      return true;
    },
    async get(tabId: number): Promise<string | undefined> {
      return (await read(tabId))?.token;
    },
    /** A closed tab's id is never reused in the same session, but its entry is dead weight. */
    forget(tabId: number): Promise<void> {
      latest.delete(tabId);
      newest.delete(tabId);
      return session?.remove ? session.remove(key(tabId)) : Promise.resolve();
    },
  };
}

export type LatestPanelByTab = ReturnType<typeof createLatestPanelByTab>;
