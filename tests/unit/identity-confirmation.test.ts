import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { evaluateSnapshot } from '../../lib/background/evaluate-snapshot.ts';
import { answerIdentity } from '../../lib/background/answer-identity.ts';
import { recordDecision } from '../../lib/background/record-decision.ts';
import { purgeExpired, erasePatient } from '../../lib/store/maintenance.ts';
import { GENERIC_ADAPTER_ID } from '../../lib/adapters/generic-adapter-id.ts';
import { TRAINING_SETTINGS, type DeploymentSettings } from '../../lib/background/deployment-settings.ts';
import type { ScreenSnapshot } from '../../lib/messaging/protocol.ts';
import type { PanelEntry } from '../../lib/background/panel-state-cache.ts';
import type { ExportPatient } from '../../lib/store/export-format.ts';
import { BACKGROUND_TEXT } from '../../lib/ui-text.ts';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';

const chongqing = { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' } as const;
const now = new Date('2026-11-24T02:00:00Z'); // 10:00 in Shanghai
const KNEE = '左侧膝关节磁共振平扫成像';

let db: HrDatabase;
let counter = 0;
let ids = 0;
const deps = (at: Date = now) => ({ db, now: at, newId: () => `id-${String(++ids).padStart(4, '0')}` });

async function store(patients: ExportPatient[]): Promise<void> {
  await importExportFile(db, {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: '2026-11-24T08:00:00+08:00',
    patients,
    results: patients.map((patient) => ({
      id: `knee-${patient.key}`,
      patientKey: patient.key,
      itemName: '左膝关节MR平扫',
      performedAt: '2026-11-04T14:20:00+08:00',
      institution: chongqing,
      mark: '川渝HR',
      archiveNo: `MR-${patient.key}`,
      source: 'test',
    })),
  });
}

const zhang: ExportPatient = { key: 'p1', identifiers: [{ kind: 'idCard', value: '510104196003020011' }], name: '张建国', sex: '男', birthDate: '1960-03-02' };

beforeEach(async () => {
  db = openHrDatabase(`identity-${++counter}`);
  await store([zhang]);
});
afterEach(async () => {
  await db.delete();
});

function snapshot(patient: Partial<ScreenSnapshot['patient']> = {}, orders: string[] = [KNEE], adapterId = 'training-his-order-entry'): ScreenSnapshot {
  return { adapterId, url: 'http://127.0.0.1/order-entry.html', patient: { ids: {}, name: '张建国', sex: '男', age: '66岁', ...patient }, orders: orders.map((name) => ({ name })) };
}

async function evaluate(shot: ScreenSnapshot = snapshot(), settings: DeploymentSettings = TRAINING_SETTINGS, at: Date = now) {
  const { reply, state, context } = await evaluateSnapshot(db, shot, settings, at, true);
  const entry: PanelEntry = { state, context: { ...context, tabId: 1, frameId: 0 } };
  return { reply, state, context, entry };
}

describe('a name + sex + age match is only ever a "please confirm"', () => {
  it('offers the one stored patient who fits, previews its prior as 可酌情 (D6), and records no choice until confirmed', async () => {
    const block: DeploymentSettings = { ...TRAINING_SETTINGS, alertMode: 'block' };
    const { reply, state, context, entry } = await evaluate(snapshot(), block);
    expect(reply.patient).toEqual({ kind: 'none', reason: 'no-identifier' });
    expect(state.identity).toEqual({
      candidates: [{ patientKey: 'p1', name: '张建国', sex: '男', birthDate: '1960-03-02', identifiers: [{ kind: 'idCard', masked: '5101**********0011' }], resultCount: 1 }],
      tooMany: false,
      preview: true,
    });
    const item = state.verdicts[0]!.items[0]!;
    expect(item.status).toBe('optional');
    expect(JSON.stringify(item)).toContain('D6');
    // The panel opens, but nothing is forced or held on a guess.
    expect(reply).toMatchObject({ showPanel: true, mustDecide: false, blockSubmit: false });
    expect(context.patientKey).toBeUndefined();
    const refused = await recordDecision(entry, { type: 'decision/record', panelToken: 'abcdefghijklmnop1234', orderIndex: 0, concepts: [item.concept], choice: 'accept' }, { ...deps(), orderingInstitution: 'x' });
    expect(refused).toEqual({ ok: false, error: BACKGROUND_TEXT.decisionNoPatient });
    expect(await db.decisions.count()).toBe(0);
  });

  it('once the doctor confirms, the patient is linked for that screen and day: the prior must be recognised, and the choice says how the patient was tied', async () => {
    const first = await evaluate();
    expect(await answerIdentity(first.entry, { candidateKey: 'p1', same: true, patientLabel: first.state.patientLabel }, deps())).toEqual({ ok: true });
    const confirmed = await evaluate();
    expect(confirmed.reply.patient).toEqual({ kind: 'confirmed', patientKey: 'p1' });
    expect(confirmed.state.identity).toBeUndefined();
    expect(confirmed.state.verdicts[0]!.items[0]!.status).toBe('required');
    expect(confirmed.reply).toMatchObject({ showPanel: true, mustDecide: true });
    const reply = await recordDecision(
      confirmed.entry,
      { type: 'decision/record', panelToken: 'abcdefghijklmnop1234', orderIndex: 0, concepts: [confirmed.state.verdicts[0]!.items[0]!.concept], choice: 'accept' },
      { ...deps(), orderingInstitution: 'x' },
    );
    expect(reply.ok).toBe(true);
    expect(await db.decisions.toArray()).toEqual([expect.objectContaining({ patientKey: 'p1', identityConfirmed: true, choice: 'accept' })]);
    // The medical record says how the patient was identified.
    expect(reply.decision?.recordText).toContain('经医生核对姓名、性别、年龄及出生日期确认为同一人');

    // Another day, or another reading of the patient (a different age on screen), asks again.
    const tomorrow = await evaluate(snapshot(), TRAINING_SETTINGS, new Date('2026-11-25T02:00:00Z'));
    expect(tomorrow.reply.patient.kind).toBe('none');
    expect(tomorrow.state.identity?.candidates.map((candidate) => candidate.patientKey)).toEqual(['p1']);
  });

  it('"not this patient" is remembered for the day: no offer, no prior', async () => {
    const first = await evaluate();
    expect((await answerIdentity(first.entry, { candidateKey: 'p1', same: false, patientLabel: first.state.patientLabel }, deps())).ok).toBe(true);
    const after = await evaluate();
    expect(after.state.identity).toBeUndefined();
    expect(after.state.priors).toEqual({});
    expect(after.state.verdicts[0]!.items[0]!.status).toBe('no-prior');
  });

  it('the latest answer about a candidate counts', async () => {
    const first = await evaluate();
    await answerIdentity(first.entry, { candidateKey: 'p1', same: true, patientLabel: first.state.patientLabel }, deps());
    const confirmed = await evaluate();
    expect(confirmed.reply.patient.kind).toBe('confirmed');
    // The offer is gone once confirmed, so the answer is taken back from an earlier state.
    await answerIdentity(first.entry, { candidateKey: 'p1', same: false, patientLabel: first.state.patientLabel }, deps());
    expect((await evaluate()).reply.patient.kind).toBe('none');
  });

  it('refuses an answer about a patient the screen was not offered, or after the screen moved to someone else', async () => {
    const first = await evaluate();
    expect(await answerIdentity(first.entry, { candidateKey: 'p2', same: true, patientLabel: first.state.patientLabel }, deps())).toEqual({
      ok: false,
      error: BACKGROUND_TEXT.identityNotOffered,
    });
    expect(await answerIdentity(first.entry, { candidateKey: 'p1', same: true, patientLabel: '李秀英 女 54岁' }, deps())).toMatchObject({ ok: false });
    const linkedById = await evaluate(snapshot({ ids: { idCard: '510104196003020011' } }));
    expect(linkedById.reply.patient.kind).toBe('identifier');
    expect(await answerIdentity(linkedById.entry, { candidateKey: 'p1', same: true, patientLabel: linkedById.state.patientLabel }, deps())).toMatchObject({ ok: false });
    expect(await db.identityChecks.count()).toBe(0);
  });

  it('offers nobody when sex, age or an identifier says otherwise, when a part is missing, or on a screen the generic detector read', async () => {
    const none = async (shot: ScreenSnapshot) => {
      const { state, reply } = await evaluate(shot);
      expect(state.identity).toBeUndefined();
      expect(state.priors).toEqual({});
      return reply;
    };
    await none(snapshot({ sex: '女' }));
    await none(snapshot({ age: '65岁' }));
    await none(snapshot({ age: undefined }));
    await none(snapshot({ sex: undefined }));
    await none(snapshot({ name: '张建' }));
    // The screen's ID card number is another person's: not found, and not offered either.
    expect((await none(snapshot({ ids: { idCard: '510104196003020022' } }))).patient).toEqual({ kind: 'none', reason: 'not-found' });
    await none(snapshot({}, [KNEE], GENERIC_ADAPTER_ID));
  });

  it('offers the stored patient when the screen shows only a number the store does not know', async () => {
    const { reply, state } = await evaluate(snapshot({ ids: { hisPatientId: 'MZ-LOCAL-9' } }));
    expect(reply.patient).toEqual({ kind: 'none', reason: 'not-found' });
    expect(state.identity?.candidates.map((candidate) => candidate.patientKey)).toEqual(['p1']);
    expect(reply.showPanel).toBe(true);
  });

  it('several fit: lists them and judges nothing until the doctor says which; too many: asks for an identifier', async () => {
    await store([{ ...zhang, key: 'p2', identifiers: [{ kind: 'idCard', value: '510104196003029999' }] }]);
    const two = await evaluate();
    expect(two.state.identity).toMatchObject({ preview: false, tooMany: false });
    expect(two.state.identity?.candidates.map((candidate) => candidate.patientKey).sort()).toEqual(['p1', 'p2']);
    expect(two.state.priors).toEqual({});
    expect(two.reply.showPanel).toBe(true);
    await answerIdentity(two.entry, { candidateKey: 'p2', same: true, patientLabel: two.state.patientLabel }, deps());
    const chosen = await evaluate();
    expect(chosen.reply.patient).toEqual({ kind: 'confirmed', patientKey: 'p2' });
    expect(Object.keys(chosen.state.priors)).toEqual(['knee-p2']);

    await store(['p3', 'p4', 'p5'].map((key, index) => ({ ...zhang, key, identifiers: [{ kind: 'idCard' as const, value: `51010419600302100${index}` }] })));
    const many = await evaluate(snapshot({ ids: { hisVisitId: 'V-other' } }));
    expect(many.state.identity).toEqual({ candidates: [], tooMany: true, preview: false });
    expect(many.state.priors).toEqual({});
  });

  it('stays quiet when the one candidate has nothing that bears on the order', async () => {
    const { reply, state } = await evaluate(snapshot({ ids: { hisPatientId: 'MZ-LOCAL-9' } }, ['血常规']));
    expect(state.identity?.preview).toBe(true);
    expect(reply.showPanel).toBe(false);
  });

  it('answers are erased with the patient, and purged after a day', async () => {
    const first = await evaluate();
    await answerIdentity(first.entry, { candidateKey: 'p1', same: true, patientLabel: first.state.patientLabel }, deps());
    const set = builtinCatalogSet;
    await purgeExpired(db, set, (name, catalogs) => matchOrderName(name, catalogs), new Date('2026-11-25T02:00:00Z'));
    expect(await db.identityChecks.count()).toBe(1);
    await purgeExpired(db, set, (name, catalogs) => matchOrderName(name, catalogs), new Date('2026-11-26T02:00:00Z'));
    expect(await db.identityChecks.count()).toBe(0);
    await answerIdentity(first.entry, { candidateKey: 'p1', same: true, patientLabel: first.state.patientLabel }, deps());
    await erasePatient(db, 'p1');
    expect(await db.identityChecks.count()).toBe(0);
  });
});
