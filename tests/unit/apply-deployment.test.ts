import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDeployment, currentDeployment, DEPLOYMENT_SCRIPT_ID, type ScriptingApi } from '../../lib/background/apply-deployment.ts';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { trainingHisAdapter } from '../../lib/adapters/training-his-adapter.ts';
import { TRAINING_SETTINGS } from '../../lib/background/deployment-settings.ts';
import { loadSettings } from '../../lib/background/settings-store.ts';

/** `refuses`: what the fake browser's registerContentScripts rejects, as Chrome's schema check words it. */
function fakes(granted: boolean, refuses?: string) {
  const store: Record<string, unknown> = {};
  const registered: { id: string; matches: string[]; matchOriginAsFallback?: boolean }[] = [];
  const scripting: ScriptingApi = {
    getRegisteredContentScripts: async (filter) => registered.filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    unregisterContentScripts: async (filter) => {
      for (const id of filter?.ids ?? []) registered.splice(registered.findIndex((script) => script.id === id), 1);
    },
    registerContentScripts: async (scripts) => {
      if (refuses === 'matchOriginAsFallback' && scripts.some((script) => 'matchOriginAsFallback' in script)) {
        throw new Error("Error at parameter 'scripts': Error at index 0: Unexpected property: 'matchOriginAsFallback'.");
      }
      if (refuses && refuses !== 'matchOriginAsFallback') throw new Error(refuses);
      registered.push(...scripts.map(({ id, matches, matchOriginAsFallback }) => ({ id, matches, ...(matchOriginAsFallback ? { matchOriginAsFallback } : {}) })));
    },
  };
  return {
    store,
    registered,
    storage: { get: async (keys: string[]) => Object.fromEntries(keys.map((key) => [key, store[key]])), set: async (items: Record<string, unknown>) => void Object.assign(store, items) },
    scripting,
    permissions: { contains: async () => granted },
  };
}

const adapter = { ...trainingHisAdapter, id: 'dept-order', urlPatterns: ['http://10.1.2.3:8080/his/order.jsp**'] };
const bundle = {
  format: 'hr-assistant-deployment',
  version: 1,
  settings: { ...TRAINING_SETTINGS, alertMode: 'block' },
  hisOrigins: ['http://10.1.2.3:8080'],
  adapters: [adapter],
  qcRevocations: [{ institution: 'XX县人民医院', item: 'lab:ALT' }],
};

let db: HrDatabase;
let counter = 0;
beforeEach(() => {
  db = openHrDatabase(`deploy-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('applying a deployment bundle', () => {
  it('saves settings, adapters and revocations, and registers the content script for the granted origins', async () => {
    const deps = fakes(true);
    const now = new Date('2026-11-24T02:00:00Z');
    expect(await applyDeployment(JSON.stringify(bundle), { db, ...deps, now })).toEqual({ ok: true, errors: [] });
    expect(deps.registered).toEqual([{ id: DEPLOYMENT_SCRIPT_ID, matches: ['http://10.1.2.3/*'], matchOriginAsFallback: true }]);
    expect(deps.store.deploymentAdapters).toEqual([adapter]);
    expect((await loadSettings(db)).settings.alertMode).toBe('block');
    expect(await db.qcRevocations.count()).toBe(1);
    // Applying it again replaces, never duplicates.
    await applyDeployment(JSON.stringify(bundle), { db, ...deps, now });
    expect(deps.registered).toHaveLength(1);
    expect(await db.qcRevocations.count()).toBe(1);
    const exported = await currentDeployment({ db, storage: deps.storage, settings: (await loadSettings(db)).settings });
    expect(exported).toEqual({ ...bundle, qcRevocations: [{ institution: 'XX县人民医院', item: 'lab:ALT' }] });
  });

  it('registers without matchOriginAsFallback where the browser (Chrome before 119) refuses it', async () => {
    const deps = fakes(true, 'matchOriginAsFallback');
    expect(await applyDeployment(JSON.stringify(bundle), { db, ...deps, now: new Date() })).toEqual({ ok: true, errors: [] });
    expect(deps.registered).toEqual([{ id: DEPLOYMENT_SCRIPT_ID, matches: ['http://10.1.2.3/*'] }]);
  });

  it('does not hide any other registration failure', async () => {
    const deps = fakes(true, 'Duplicate script ID');
    await expect(applyDeployment(JSON.stringify(bundle), { db, ...deps, now: new Date() })).rejects.toThrow('Duplicate script ID');
  });

  it('changes nothing without the host permission', async () => {
    const deps = fakes(false);
    const reply = await applyDeployment(JSON.stringify(bundle), { db, ...deps, now: new Date() });
    expect(reply.ok).toBe(false);
    expect(reply.errors[0]?.field).toBe('hisOrigins');
    expect(deps.registered).toEqual([]);
    expect(deps.store.deploymentAdapters).toBeUndefined();
    expect((await loadSettings(db)).source).toBe('training-default');
  });

  it('does not register a second content script for the built-in loopback origins', async () => {
    const deps = fakes(false);
    const loopback = { ...bundle, hisOrigins: ['http://127.0.0.1:8080'], adapters: [{ ...adapter, urlPatterns: ['http://127.0.0.1:8080/his/**'] }] };
    expect((await applyDeployment(JSON.stringify(loopback), { db, ...deps, now: new Date() })).ok).toBe(true);
    expect(deps.registered).toEqual([]);
  });
});
