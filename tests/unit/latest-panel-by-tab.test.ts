import { describe, expect, it } from 'vitest';
import { createLatestPanelByTab } from '../../lib/background/latest-panel-by-tab.ts';

function fakeSession() {
  const items = new Map<string, unknown>();
  let writes = 0;
  let reads = 0;
  return {
    items,
    writes: () => writes,
    reads: () => reads,
    async get(key: string) {
      reads += 1;
      return items.has(key) ? { [key]: items.get(key) } : {};
    },
    async set(values: Record<string, unknown>) {
      writes += 1;
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    async remove(keys: string | string[]) {
      for (const key of [keys].flat()) items.delete(key);
    },
  };
}

describe('latest panel by tab', () => {
  it('survives a worker restart through the session copy', async () => {
    const session = fakeSession();
    await createLatestPanelByTab(session).offer(7, 0, 'token-a', true);
    const restarted = createLatestPanelByTab(session);
    expect(await restarted.get(7)).toBe('token-a');
    expect(await restarted.get(8)).toBeUndefined();
  });

  it('a screen that warns becomes the tab’s latest; another frame’s quiet screen does not displace it', async () => {
    const latest = createLatestPanelByTab(fakeSession());
    await latest.offer(7, 3, 'quiet', false);
    // With nothing else in the tab, a quiet screen is what the side panel shows.
    expect(await latest.get(7)).toBe('quiet');
    await latest.offer(7, 4, 'warns', true);
    await latest.offer(7, 5, 'other-frame-quiet', false);
    expect(await latest.get(7)).toBe('warns');
  });

  it('the same frame’s newer screen replaces it even when it does not warn (the old patient never lingers)', async () => {
    const session = fakeSession();
    const latest = createLatestPanelByTab(session);
    await latest.offer(7, 3, 'patient-a', true);
    await latest.offer(7, 3, 'patient-b-reloaded', false);
    expect(await latest.get(7)).toBe('patient-b-reloaded');
    expect(await createLatestPanelByTab(session).get(7)).toBe('patient-b-reloaded');
  });

  it('writes the session only when a tab’s latest changes, and reads it once per tab (busy grids re-evaluate many times a second)', async () => {
    const session = fakeSession();
    const latest = createLatestPanelByTab(session);
    for (let i = 0; i < 5; i++) await latest.offer(7, 0, 'token-a', true);
    expect(session.writes()).toBe(1);
    for (let i = 0; i < 5; i++) await latest.offer(9, 0, 'never-warns', false);
    expect(session.reads()).toBe(2);
    expect(session.writes()).toBe(2);
    await latest.offer(7, 0, 'token-b', true);
    expect(session.writes()).toBe(3);
  });

  it('when the latest screen’s page goes, the tab’s newest other screen takes its place, or none', async () => {
    const session = fakeSession();
    const latest = createLatestPanelByTab(session);
    await latest.offer(7, 3, 'patient-a', true);
    // The page reloads: its frames are new (new frame ids); the new screen is quiet.
    await latest.offer(7, 8, 'patient-b', false);
    expect(await latest.get(7)).toBe('patient-a');
    expect(await latest.gone(7, 'patient-a')).toBe(true);
    expect(await latest.get(7)).toBe('patient-b');
    expect(await createLatestPanelByTab(session).get(7)).toBe('patient-b');
    // A screen that was not the latest going changes nothing; the last one going leaves none.
    expect(await latest.gone(7, 'patient-a')).toBe(false);
    expect(await latest.gone(7, 'patient-b')).toBe(true);
    expect(await latest.get(7)).toBeUndefined();
    expect(await createLatestPanelByTab(session).get(7)).toBeUndefined();
  });

  it('forgets a closed tab in memory and in the session', async () => {
    const session = fakeSession();
    const latest = createLatestPanelByTab(session);
    await latest.offer(7, 0, 'token-a', true);
    await latest.forget(7);
    expect(await latest.get(7)).toBeUndefined();
    expect(session.items.size).toBe(0);
  });

  it('works from memory where the browser has no storage.session', async () => {
    const latest = createLatestPanelByTab(undefined);
    await latest.offer(3, 0, 'token-c', true);
    expect(await latest.get(3)).toBe('token-c');
  });
});
