import { describe, expect, it } from 'vitest';
import { createLatestPanelByTab } from '../../lib/background/latest-panel-by-tab.ts';

function fakeSession() {
  const items = new Map<string, unknown>();
  let writes = 0;
  return {
    items,
    writes: () => writes,
    async get(key: string) {
      return items.has(key) ? { [key]: items.get(key) } : {};
    },
    async set(values: Record<string, unknown>) {
      writes += 1;
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    async remove(key: string) {
      items.delete(key);
    },
  };
}

describe('latest panel by tab', () => {
  it('survives a worker restart through the session copy', async () => {
    const session = fakeSession();
    await createLatestPanelByTab(session).set(7, 'token-a');
    const restarted = createLatestPanelByTab(session);
    expect(await restarted.get(7)).toBe('token-a');
    expect(await restarted.get(8)).toBeUndefined();
  });

  it('writes the session only when a tab’s token changes (a busy grid re-evaluates many times a second)', async () => {
    const session = fakeSession();
    const latest = createLatestPanelByTab(session);
    await latest.set(7, 'token-a');
    await latest.set(7, 'token-a');
    await latest.set(7, 'token-a');
    expect(session.writes()).toBe(1);
    await latest.set(7, 'token-b');
    expect(session.writes()).toBe(2);
    expect(await createLatestPanelByTab(session).get(7)).toBe('token-b');
  });

  it('forgets a closed tab in memory and in the session', async () => {
    const session = fakeSession();
    const latest = createLatestPanelByTab(session);
    await latest.set(7, 'token-a');
    await latest.forget(7);
    expect(await latest.get(7)).toBeUndefined();
    expect(session.items.size).toBe(0);
  });

  it('works from memory where the browser has no storage.session', async () => {
    const latest = createLatestPanelByTab(undefined);
    await latest.set(3, 'token-c');
    expect(await latest.get(3)).toBe('token-c');
  });
});
