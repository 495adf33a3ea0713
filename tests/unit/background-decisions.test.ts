import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { evaluateSnapshot } from '../../lib/background/evaluate-snapshot.ts';
import { recordDecision } from '../../lib/background/record-decision.ts';
import { withSendResponse } from '../../lib/messaging/listen-with-response.ts';
import { GENERIC_ADAPTER_ID } from '../../lib/adapters/generic-adapter-id.ts';
import { TRAINING_SETTINGS, type DeploymentSettings } from '../../lib/background/deployment-settings.ts';
import { loadSettings, saveSettings } from '../../lib/background/settings-store.ts';
import type { DecisionRequest, ScreenSnapshot } from '../../lib/messaging/protocol.ts';
import type { PanelEntry } from '../../lib/background/panel-state-cache.ts';

const chongqing = { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' } as const;
const now = new Date('2026-11-24T02:00:00Z'); // 10:00 in Shanghai

let db: HrDatabase;
let counter = 0;
let ids = 0;
beforeEach(async () => {
  db = openHrDatabase(`decisions-${++counter}`);
  await importExportFile(db, {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: '2026-11-24T08:00:00+08:00',
    patients: [{ key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }], name: '张建国', sex: '男', birthDate: '1960-03-02' }],
    results: [
      { id: 'knee', patientKey: 'p1', itemName: '左膝关节MR平扫', performedAt: '2026-11-04T14:20:00+08:00', institution: chongqing, mark: '川渝HR', archiveNo: 'MR1', source: 'test' },
      { id: 'ct', patientKey: 'p1', itemName: '胸部CT平扫', performedAt: '2026-07-27T09:40:00+08:00', institution: chongqing, mark: '川渝HR', archiveNo: 'CT1', source: 'test' },
    ],
  });
});
afterEach(async () => {
  await db.delete();
});

function snapshot(orders: string[], patientIds: Record<string, string> = { hisPatientId: 'MZ1' }): ScreenSnapshot {
  return { adapterId: 'training-his-order-entry', url: 'http://127.0.0.1/order-entry.html', patient: { ids: patientIds, name: '张建国' }, orders: orders.map((name) => ({ name })) };
}

async function entryFor(orders: string[], settings: DeploymentSettings = TRAINING_SETTINGS): Promise<PanelEntry & { reply: Awaited<ReturnType<typeof evaluateSnapshot>>['reply'] }> {
  const { reply, state, context } = await evaluateSnapshot(db, snapshot(orders), settings, now, true);
  return { reply, state, context: { ...context, tabId: 1, frameId: 0 } };
}

const deps = () => ({ db, now, newId: () => `id-${++ids}`, orderingInstitution: TRAINING_SETTINGS.orderingInstitution.name });
const request = (overrides: Partial<DecisionRequest> = {}): DecisionRequest => ({
  type: 'decision/record',
  panelToken: 'abcdefghijklmnop1234',
  orderIndex: 0,
  concepts: ['img:MR:knee:left:plain:none'],
  choice: 'accept',
  ...overrides,
});

describe('evaluating a screen snapshot', () => {
  it('warns for a qualifying prior, not for an expired one, and asks for a choice', async () => {
    const { reply, state } = await entryFor(['左侧膝关节磁共振平扫成像', '胸部CT平扫']);
    expect(reply.orders.map((row) => [row.status, row.decided])).toEqual([['required', false], ['not-eligible', false]]);
    expect(reply).toMatchObject({ showPanel: true, mustDecide: true, blockSubmit: false });
    expect(Object.keys(state.priors).sort()).toEqual(['ct', 'knee']);
    expect(state.verdicts[0]?.items[0]?.concept).toBe('img:MR:knee:left:plain:none');
  });

  it('block mode holds the submit control only while a required item is undecided', async () => {
    const settings: DeploymentSettings = { ...TRAINING_SETTINGS, alertMode: 'block' };
    expect((await entryFor(['左侧膝关节磁共振平扫成像'], settings)).reply.blockSubmit).toBe(true);
    expect((await entryFor(['胸部CT平扫'], settings)).reply.blockSubmit).toBe(false);
    const advice: DeploymentSettings = { ...TRAINING_SETTINGS, alertMode: 'advice' };
    expect((await entryFor(['左侧膝关节磁共振平扫成像'], advice)).reply).toMatchObject({ mustDecide: false, blockSubmit: false, showPanel: true });
  });

  it('block mode holds for items that may be recognised at discretion too; forced choice insists only on required ones', async () => {
    await importExportFile(db, {
      format: 'hr-assistant-export',
      version: 1,
      exportedAt: '2026-11-24T08:00:00+08:00',
      patients: [{ key: 'p1', identifiers: [{ kind: 'hisPatientId', value: 'MZ1' }], name: '张建国', sex: '男', birthDate: '1960-03-02' }],
      // No recognition mark on the report: may be recognised at the doctor's discretion.
      results: [{ id: 'hbsab', patientKey: 'p1', itemName: '乙肝表面抗体', performedAt: '2026-11-20T08:00:00+08:00', institution: chongqing, mark: null, result: 'negative', archiveNo: 'LAB1', source: 'test' }],
    });
    const forced = await entryFor(['乙肝表面抗体']);
    expect(forced.reply.orders[0]?.status).toBe('optional');
    expect(forced.reply).toMatchObject({ showPanel: true, mustDecide: false, blockSubmit: false });
    const block = await entryFor(['乙肝表面抗体'], { ...TRAINING_SETTINGS, alertMode: 'block' });
    expect(block.reply).toMatchObject({ showPanel: true, mustDecide: true, blockSubmit: true });
    const reply = await recordDecision(block, request({ concepts: [block.state.verdicts[0]!.items[0]!.concept], choice: 'accept' }), deps());
    expect(reply.ok).toBe(true);
    expect((await entryFor(['乙肝表面抗体'], { ...TRAINING_SETTINGS, alertMode: 'block' })).reply).toMatchObject({ showPanel: false, mustDecide: false, blockSubmit: false });
  });

  it('applies the QC revocations in force (川渝互认标准 二.4)', async () => {
    await db.qcRevocations.add({ institution: '重庆医科大学附属第一医院', item: '左侧膝关节 MR 平扫' });
    const { reply, state } = await entryFor(['左侧膝关节磁共振平扫成像']);
    expect(reply.orders[0]?.status).toBe('not-eligible');
    expect(state.verdicts[0]?.items[0]?.reasons.map((reason) => reason.code)).toContain('qc-revoked');
  });

  it('never links results without an identifier, and says so', async () => {
    const { reply, state } = await evaluateSnapshot(db, snapshot(['左侧膝关节磁共振平扫成像'], {}), TRAINING_SETTINGS, now, true);
    expect(reply.patient).toEqual({ kind: 'none', reason: 'no-identifier' });
    expect(reply.orders[0]?.status).toBe('no-prior');
    expect(reply.showPanel).toBe(true);
    expect(state.priors).toEqual({});
  });

  it('a screen read by the generic detector is advice only, and its panel is told how sure the reading is', async () => {
    const generic = { ...snapshot(['左侧膝关节磁共振平扫成像']), adapterId: GENERIC_ADAPTER_ID, detectionConfidence: 0.72 };
    const block: DeploymentSettings = { ...TRAINING_SETTINGS, alertMode: 'block' };
    const { reply, state } = await evaluateSnapshot(db, generic, block, now, false);
    expect(reply).toMatchObject({ mustDecide: false, blockSubmit: false });
    expect(state).toMatchObject({ generic: true, genericConfidence: 0.72, alertMode: 'advice' });
    // A configured screen's snapshot saying otherwise changes nothing.
    const configured = await evaluateSnapshot(db, { ...snapshot(['左侧膝关节磁共振平扫成像']), detectionConfidence: 0.72 }, TRAINING_SETTINGS, now, true);
    expect(configured.state.generic).toBe(false);
    expect(configured.state.genericConfidence).toBeUndefined();
  });
});

describe('recording a decision', () => {
  it('stores the choice before replying, and the same visit is not asked again', async () => {
    const entry = await entryFor(['左侧膝关节磁共振平扫成像']);
    const reply = await recordDecision(entry, request({ orderName: '左侧膝关节磁共振平扫成像' }), deps());
    expect(reply.ok).toBe(true);
    expect(reply.decision?.recordText).toContain('MR1');
    // Tied by an identifier: no identity-confirmation line.
    expect(reply.decision?.recordText).not.toContain('患者身份');
    const stored = await db.decisions.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ choice: 'accept', concept: 'img:MR:knee:left:plain:none', visitKey: 'p1|day:2026-11-24', priorId: 'knee' });
    const again = await entryFor(['左侧膝关节磁共振平扫成像']);
    expect(again.reply).toMatchObject({ showPanel: false, mustDecide: false });
    expect(again.reply.orders[0]).toMatchObject({ decided: true, label: '已互认' });
  });

  it('a choice the log could not store is never confirmed: the reply is an error and the item stays undecided', async () => {
    const entry = await entryFor(['左侧膝关节磁共振平扫成像']);
    const write = vi.spyOn(db.decisions, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    // What the background's listener answers (lib/messaging/listen-with-response.ts).
    const answered = await new Promise((resolve) =>
      withSendResponse(() => recordDecision(entry, request(), deps()))(undefined, undefined, resolve),
    );
    expect(write).toHaveBeenCalledTimes(1);
    expect(answered).toMatchObject({ ok: false, error: expect.stringContaining('QuotaExceededError') });
    expect(await db.decisions.count()).toBe(0);
    expect((await entryFor(['左侧膝关节磁共振平扫成像'])).reply).toMatchObject({ showPanel: true, mustDecide: true });
  });

  it('keeps every choice in the log; the latest one counts', async () => {
    const entry = await entryFor(['左侧膝关节磁共振平扫成像']);
    await recordDecision(entry, request(), deps());
    await recordDecision(entry, request({ choice: 'retest', exception: 'emergency', informed: { party: 'patient' } }), deps());
    expect(await db.decisions.count()).toBe(2);
    const again = await entryFor(['左侧膝关节磁共振平扫成像']);
    expect(again.state.decisions['img:MR:knee:left:plain:none']?.choice).toBe('retest');
    expect(again.reply.orders[0]?.label).toBe('已选复查');
  });

  it.each<[string, Partial<DecisionRequest>, RegExp]>([
    ['a re-test without exception or reason', { choice: 'retest', informed: { party: 'patient' } }, /例外情形或填写复查原因/],
    ['"other" without a reason', { choice: 'retest', exception: 'other', informed: { party: 'patient' } }, /具体原因/],
    ['a re-test without informing anyone', { choice: 'retest', exception: 'emergency' }, /告知患者或家属/],
    ['an item that is not on the screen', { concepts: ['lab:WBC'] }, /不在开单界面/],
    ['an item with nothing to recognise', { orderIndex: 1, concepts: ['img:CT:chest:none:plain:none'] }, /无需选择|不在开单界面/],
    ['a choice for an order the grid has moved away from that position', { orderName: '右侧膝关节磁共振平扫成像' }, /不在开单界面/],
  ])('refuses %s and stores nothing', async (_name, overrides, error) => {
    const entry = await entryFor(['左侧膝关节磁共振平扫成像', '胸部CT平扫']);
    const reply = await recordDecision(entry, request(overrides), deps());
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(error);
    expect(await db.decisions.count()).toBe(0);
  });
});

describe('deployment settings', () => {
  it('starts on the training defaults, saves valid settings and refuses invalid ones with the field', async () => {
    expect((await loadSettings(db)).source).toBe('training-default');
    const refused = await saveSettings(db, { ...TRAINING_SETTINGS, alertMode: 'shout' }, now);
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]?.field).toBe('alertMode');
    const chongqingHospital = { ...TRAINING_SETTINGS, orderingInstitution: { ...chongqing, name: '重庆某医院' } };
    expect((await saveSettings(db, chongqingHospital, now)).ok).toBe(true);
    expect(await loadSettings(db)).toMatchObject({ source: 'saved', settings: chongqingHospital });
  });

  it('reports stored settings that no longer validate instead of silently resetting them', async () => {
    await db.settings.put({ key: 'deployment', value: { alertMode: 'block' }, updatedAt: now.toISOString() });
    const loaded = await loadSettings(db);
    expect(loaded.source).toBe('invalid-saved');
    expect(loaded.errors.map((error) => error.field)).toContain('orderingInstitution');
  });
});
