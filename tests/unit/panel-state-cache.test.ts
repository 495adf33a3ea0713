import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPanelStateCache, type PanelEntry } from '../../lib/background/panel-state-cache.ts';
import { sameShownState } from '../../lib/background/same-shown-state.ts';
import type { PanelState } from '../../lib/messaging/protocol.ts';

const state = (label: string): PanelState => ({
  updatedAt: '2026-11-24T02:00:00Z',
  adapterId: 'a',
  alertMode: 'forced-choice',
  generic: false,
  patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p1' },
  patientLabel: label,
  verdicts: [],
  priors: {},
  decisions: {},
  canInsertNote: true,
});
const entry = (label: string): PanelEntry => ({ state: state(label), context: { tabId: 1, frameId: 0, noteField: true, patientDisplay: {} } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('panel state cache', () => {
  it('serves the latest state from memory at once and mirrors it to the session at most once a second', async () => {
    const writes: unknown[] = [];
    const cache = createPanelStateCache({ get: async () => ({}), set: async (items) => void writes.push(items) });
    void cache.put('t1', entry('first'));
    void cache.put('t1', entry('second'));
    const last = cache.put('t1', entry('third'));
    expect((await cache.get('t1'))?.state.patientLabel).toBe('third');
    await vi.advanceTimersByTimeAsync(0);
    await last;
    expect(writes).toHaveLength(1);
    void cache.put('t1', entry('fourth'));
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(writes).toHaveLength(2);
    expect((writes[1] as Record<string, PanelEntry>)['panel:t1']?.state.patientLabel).toBe('fourth');
  });

  it('finds a state the worker lost in the session mirror', async () => {
    const stored = { 'panel:t2': entry('mirrored') };
    const cache = createPanelStateCache({ get: async (key) => ({ [key]: stored[key as 'panel:t2'] }), set: async () => undefined });
    expect((await cache.get('t2'))?.state.patientLabel).toBe('mirrored');
  });
});

function mapSession() {
  const items = new Map<string, unknown>();
  return {
    items,
    panelKeys: () => [...items.keys()].filter((key) => key.startsWith('panel:')),
    async get(key: string) {
      return items.has(key) ? { [key]: structuredClone(items.get(key)) } : {};
    },
    async set(values: Record<string, unknown>) {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    async remove(keys: string | string[]) {
      for (const key of [keys].flat()) items.delete(key);
    },
  };
}

const onTab = (tabId: number, label: string): PanelEntry => ({ ...entry(label), context: { ...entry(label).context, tabId } });

describe('panel state cache: what storage.session keeps', () => {
  it('never holds more than 50 screens, across worker restarts (each page load is a new token)', async () => {
    const session = mapSession();
    for (let life = 0; life < 3; life++) {
      // A worker lifetime: a fresh cache, as after the worker slept.
      const cache = createPanelStateCache(session);
      const writes = Array.from({ length: 30 }, (_, i) => cache.put(`life${life}screen${i}`, onTab(1, `${life}-${i}`)));
      await vi.advanceTimersByTimeAsync(0);
      await Promise.all(writes);
    }
    expect(session.panelKeys()).toHaveLength(50);
    // The newest are the ones kept.
    expect(session.items.has('panel:life2screen29')).toBe(true);
    expect(session.items.has('panel:life0screen0')).toBe(false);
    expect((session.items.get('panel-index') as unknown[]).length).toBe(50);
  });

  it('evicts the screen least recently written, never one in use, and keeps a live screen in memory', async () => {
    const session = mapSession();
    const cache = createPanelStateCache(session);
    const first = cache.put('inuse', onTab(1, 'in use'));
    await vi.advanceTimersByTimeAsync(0);
    await first;
    for (let i = 0; i < 60; i++) {
      const others = [cache.put(`other${i}`, onTab(2, `${i}`))];
      // The screen in use writes again now and then (a new row, a choice).
      if (i === 19 || i === 39) others.push(cache.put('inuse', onTab(1, `in use ${i}`)));
      await vi.advanceTimersByTimeAsync(1_000);
      await Promise.all(others);
    }
    expect(session.panelKeys()).toHaveLength(50);
    expect(session.items.has('panel:inuse')).toBe(true);
    expect(session.items.has('panel:other0')).toBe(false);
    expect((await cache.get('inuse'))?.state.patientLabel).toBe('in use 39');
  });

  it('forgets a closed tab’s screens, also those a previous worker wrote', async () => {
    const session = mapSession();
    const before = createPanelStateCache(session);
    const written = [before.put('a1', onTab(1, 'a1')), before.put('b1', onTab(2, 'b1'))];
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all(written);
    const after = createPanelStateCache(session);
    await after.forgetTab(1);
    expect(session.panelKeys()).toEqual(['panel:b1']);
    expect(await after.get('a1')).toBeUndefined();
    expect((await after.get('b1'))?.state.patientLabel).toBe('b1');
  });
});

describe('same shown state', () => {
  it('compares verdicts by identity and the small parts by value', () => {
    const a = state('张三');
    const verdict = { order: 'x' } as unknown as PanelState['verdicts'][number];
    expect(sameShownState({ ...a, verdicts: [verdict] }, { ...a, verdicts: [verdict] })).toBe(true);
    expect(sameShownState({ ...a, verdicts: [verdict] }, { ...a, verdicts: [{ ...verdict }] })).toBe(false);
    expect(sameShownState(a, { ...a, decisions: { 'lab:WBC': { choice: 'accept', recordText: '', missing: [], decidedAt: '' } } })).toBe(false);
  });
});
