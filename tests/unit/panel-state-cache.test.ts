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

describe('same shown state', () => {
  it('compares verdicts by identity and the small parts by value', () => {
    const a = state('张三');
    const verdict = { order: 'x' } as unknown as PanelState['verdicts'][number];
    expect(sameShownState({ ...a, verdicts: [verdict] }, { ...a, verdicts: [verdict] })).toBe(true);
    expect(sameShownState({ ...a, verdicts: [verdict] }, { ...a, verdicts: [{ ...verdict }] })).toBe(false);
    expect(sameShownState(a, { ...a, decisions: { 'lab:WBC': { choice: 'accept', recordText: '', missing: [], decidedAt: '' } } })).toBe(false);
  });
});
