import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHrDatabase, type HrDatabase } from '../../lib/store/hr-database.ts';
import { importExportFile } from '../../lib/store/import-results.ts';
import { evaluateSnapshot } from '../../lib/background/evaluate-snapshot.ts';
import { answerIdentity } from '../../lib/background/answer-identity.ts';
import { recordDecision } from '../../lib/background/record-decision.ts';
import { addManualResult } from '../../lib/background/add-manual-result.ts';
import { purgeExpired, erasePatient } from '../../lib/store/maintenance.ts';
import { GENERIC_ADAPTER_ID } from '../../lib/adapters/generic-adapter-id.ts';
import { TRAINING_SETTINGS, type DeploymentSettings } from '../../lib/background/deployment-settings.ts';
import type { PanelState, ScreenSnapshot } from '../../lib/messaging/protocol.ts';
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

async function store(patients: ExportPatient[], itemName = '左膝关节MR平扫'): Promise<void> {
  await importExportFile(db, {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: '2026-11-24T08:00:00+08:00',
    patients,
    results: patients.map((patient) => ({
      id: `${itemName}-${patient.key}`,
      patientKey: patient.key,
      itemName,
      performedAt: '2026-11-04T14:20:00+08:00',
      institution: chongqing,
      mark: '川渝HR',
      archiveNo: `MR-${patient.key}`,
      source: 'test',
    })),
  });
}

const zhang: ExportPatient = { key: 'p1', identifiers: [{ kind: 'idCard', value: '510104196003020011' }], name: '张建国', sex: '男', birthDate: '1960-03-02' };
const another = (key: string, digits: string): ExportPatient => ({ ...zhang, key, identifiers: [{ kind: 'idCard', value: `51010419600302${digits}` }] });

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

/** One order screen as the background sees it: its token, and its count of patients shown. */
function screen(token: string, settings: DeploymentSettings = TRAINING_SETTINGS) {
  let entry: PanelEntry | undefined;
  let showing = 0;
  return {
    async show(shot: ScreenSnapshot = snapshot(), at: Date = now) {
      const { reply, state, context } = await evaluateSnapshot(db, { ...shot, showing }, settings, at, true, undefined, token);
      entry = { state, context: { ...context, tabId: 1, frameId: 0 } };
      return { reply, state, context, entry };
    },
    /** The content script saw the next patient (the grid emptied, the patient context redrawn). */
    nextPatient() {
      showing += 1;
    },
    get entry(): PanelEntry {
      if (!entry) throw new Error('nothing shown yet');
      return entry;
    },
  };
}

const offered = (state: PanelState) => state.identity?.candidates.map((candidate) => candidate.patientKey).sort();
const confirm = (entry: PanelEntry, candidateKey = 'p1', same = true) =>
  answerIdentity(entry, { candidateKey, same, scope: entry.state.identity?.scope ?? entry.state.identityScope ?? '' }, deps());

describe('a name + sex + age match is only ever a "please confirm"', () => {
  it('offers the one stored patient who fits, previews its prior as 可酌情 (D6), marks the row only as waiting for the identity, and records no choice until confirmed', async () => {
    const block = screen('screen-a', { ...TRAINING_SETTINGS, alertMode: 'block' });
    const { reply, state, context, entry } = await block.show();
    expect(reply.patient).toEqual({ kind: 'none', reason: 'no-identifier' });
    expect(state.identity).toEqual({
      candidates: [{ patientKey: 'p1', name: '张建国', sex: '男', birthDate: '1960-03-02', identifiers: [{ kind: 'idCard', masked: '5101**********0011' }], resultCount: 1 }],
      tooMany: false,
      preview: true,
      scope: expect.any(String),
    });
    const item = state.verdicts[0]!.items[0]!;
    expect(item.status).toBe('optional');
    expect(JSON.stringify(item)).toContain('D6');
    // The panel opens, but nothing is forced or held on a guess; the HIS page's marker carries nothing
    // of the candidate's result.
    expect(reply).toMatchObject({ showPanel: true, mustDecide: false, blockSubmit: false });
    expect(reply.orders.map((order) => [order.status, order.label])).toEqual([['no-prior', '待核对患者身份']]);
    expect(context.patientKey).toBeUndefined();
    const refused = await recordDecision(entry, { type: 'decision/record', panelToken: 'abcdefghijklmnop1234', orderIndex: 0, concepts: [item.concept], choice: 'accept' }, { ...deps(), orderingInstitution: 'x' });
    expect(refused).toEqual({ ok: false, error: BACKGROUND_TEXT.decisionNoPatient });
    expect(await db.decisions.count()).toBe(0);
  });

  it('once the doctor confirms, this showing is linked: the prior must be recognised, the choice says how the patient was tied, and paper results are not stored under it', async () => {
    const a = screen('screen-a');
    await a.show();
    expect(await confirm(a.entry)).toEqual({ ok: true });
    const confirmed = await a.show();
    expect(confirmed.reply.patient).toEqual({ kind: 'confirmed', patientKey: 'p1' });
    expect(confirmed.state.identity).toBeUndefined();
    expect(confirmed.state.verdicts[0]!.items[0]!.status).toBe('required');
    expect(confirmed.reply).toMatchObject({ showPanel: true, mustDecide: true });
    expect(confirmed.reply.orders[0]!.status).toBe('required');
    const reply = await recordDecision(
      confirmed.entry,
      { type: 'decision/record', panelToken: 'abcdefghijklmnop1234', orderIndex: 0, concepts: [confirmed.state.verdicts[0]!.items[0]!.concept], choice: 'accept' },
      { ...deps(), orderingInstitution: 'x' },
    );
    expect(reply.ok).toBe(true);
    expect(await db.decisions.toArray()).toEqual([expect.objectContaining({ patientKey: 'p1', identityConfirmed: true, choice: 'accept' })]);
    // The medical record says how the patient was identified.
    expect(reply.decision?.recordText).toContain('经医生核对姓名、性别、年龄及出生日期确认为同一人');
    const manual = await addManualResult(
      db,
      confirmed.entry,
      { type: 'results/add-manual', panelToken: 'abcdefghijklmnop1234', result: { itemName: '血常规', performedAt: '2026-11-20', institution: chongqing, mark: '川渝HR', result: null } },
      '2026-11-24',
    );
    expect(manual).toEqual({ ok: false, error: BACKGROUND_TEXT.manualNoPatient });
  });

  it('a confirmation never reaches another showing: another screen, the next patient called with the same name and age, another day, four hours on', async () => {
    const a = screen('screen-a');
    await a.show();
    await confirm(a.entry);
    expect((await a.show()).reply.patient.kind).toBe('confirmed');

    // Another screen (another tab, or the page reloaded) showing the same name, sex and age.
    const b = screen('screen-b');
    const other = await b.show();
    expect(other.reply.patient.kind).toBe('none');
    expect(offered(other.state)).toEqual(['p1']);

    // The same screen: the next patient called, a 张建国 男 66岁 again.
    a.nextPatient();
    const next = await a.show();
    expect(next.reply.patient.kind).toBe('none');
    expect(offered(next.state)).toEqual(['p1']);

    // The same screen, the same showing, four hours later (a backstop).
    const c = screen('screen-c');
    await c.show();
    await confirm(c.entry);
    expect((await c.show(snapshot(), new Date(now.getTime() + 3 * 3_600_000))).reply.patient.kind).toBe('confirmed');
    expect((await c.show(snapshot(), new Date(now.getTime() + 4 * 3_600_000 + 60_000))).reply.patient.kind).toBe('none');

    // Past midnight in Shanghai, even an hour and a half later with nothing changed on screen.
    const d = screen('screen-d');
    const lateEvening = new Date('2026-11-24T15:00:00Z'); // 23:00 in Shanghai
    await d.show(snapshot(), lateEvening);
    expect((await answerIdentity(d.entry, { candidateKey: 'p1', same: true, scope: d.entry.state.identity!.scope }, deps(lateEvening))).ok).toBe(true);
    expect((await d.show(snapshot(), new Date('2026-11-24T15:30:00Z'))).reply.patient.kind).toBe('confirmed');
    expect((await d.show(snapshot(), new Date('2026-11-24T16:30:00Z'))).reply.patient.kind).toBe('none');
  });

  it('an answer given about one showing is refused once the screen shows the next one, even for the same candidate', async () => {
    const a = screen('screen-a');
    const first = await a.show(snapshot({ ids: { hisVisitId: 'V1' } }));
    const looking = first.entry;
    // The screen moves on to a patient with the same label (another visit), offered the same candidate.
    const second = await a.show(snapshot({ ids: { hisVisitId: 'V2' } }));
    expect(offered(second.state)).toEqual(['p1']);
    expect(second.state.identity?.scope).not.toBe(first.state.identity?.scope);
    // The doctor's click, made looking at the first card, reaches the background with the second state.
    expect(await answerIdentity(second.entry, { candidateKey: 'p1', same: true, scope: looking.state.identity!.scope }, deps())).toEqual({
      ok: false,
      error: BACKGROUND_TEXT.identityNotOffered,
    });
    expect(await db.identityChecks.count()).toBe(0);
  });

  it('choices made under a confirmation belong to that showing: the next showing of the same patient asks again', async () => {
    const a = screen('screen-a');
    await a.show();
    await confirm(a.entry);
    const confirmed = await a.show();
    const concept = confirmed.state.verdicts[0]!.items[0]!.concept;
    expect((await recordDecision(confirmed.entry, { type: 'decision/record', panelToken: 'abcdefghijklmnop1234', orderIndex: 0, concepts: [concept], choice: 'accept' }, { ...deps(), orderingInstitution: 'x' })).ok).toBe(true);
    expect(Object.keys((await a.show()).state.decisions)).toEqual([concept]);
    a.nextPatient();
    const again = await a.show();
    await confirm(again.entry);
    const reconfirmed = await a.show();
    expect(reconfirmed.reply.patient.kind).toBe('confirmed');
    expect(reconfirmed.state.decisions).toEqual({});
    // Tied by its ID card later that day, the stored patient has no choice made on a guess either.
    expect((await screen('screen-b').show(snapshot({ ids: { idCard: '510104196003020011' } }))).state.decisions).toEqual({});
  });

  it('"not this patient" holds for the showing; a confirmation can be taken back', async () => {
    const a = screen('screen-a');
    await a.show();
    expect((await confirm(a.entry, 'p1', false)).ok).toBe(true);
    const after = await a.show();
    expect(after.state.identity).toBeUndefined();
    expect(after.state.priors).toEqual({});
    expect(after.state.verdicts[0]!.items[0]!.status).toBe('no-prior');

    const b = screen('screen-b');
    await b.show();
    await confirm(b.entry);
    const confirmed = await b.show();
    expect(confirmed.state.identityScope).toEqual(expect.any(String));
    // A mis-click on 核对无误: taken back from the confirmed state itself.
    expect(await confirm(confirmed.entry, 'p1', false)).toEqual({ ok: true });
    const back = await b.show();
    expect(back.reply.patient.kind).toBe('none');
    expect(back.state.identity).toBeUndefined();
    // Only the confirmed patient can be taken back, and only with "not the same".
    expect((await answerIdentity(confirmed.entry, { candidateKey: 'p2', same: false, scope: confirmed.state.identityScope! }, deps())).ok).toBe(false);
    expect((await answerIdentity(confirmed.entry, { candidateKey: 'p1', same: true, scope: confirmed.state.identityScope! }, deps())).ok).toBe(false);
  });

  it('refuses an answer about a patient the screen was not offered, or when the patient is tied by an identifier', async () => {
    const a = screen('screen-a');
    const first = await a.show();
    expect(await confirm(first.entry, 'p2')).toEqual({ ok: false, error: BACKGROUND_TEXT.identityNotOffered });
    const linkedById = await a.show(snapshot({ ids: { idCard: '510104196003020011' } }));
    expect(linkedById.reply.patient.kind).toBe('identifier');
    expect(await answerIdentity(linkedById.entry, { candidateKey: 'p1', same: true, scope: first.state.identity!.scope }, deps())).toMatchObject({ ok: false });
    expect(await db.identityChecks.count()).toBe(0);
  });

  it('offers nobody when sex, age or an identifier says otherwise, when a part is missing, or on a screen the generic detector read', async () => {
    const none = async (shot: ScreenSnapshot) => {
      const { state, reply } = await screen('screen-x').show(shot);
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
    const { reply, state } = await screen('screen-a').show(snapshot({ ids: { hisPatientId: 'MZ-LOCAL-9' } }));
    expect(reply.patient).toEqual({ kind: 'none', reason: 'not-found' });
    expect(offered(state)).toEqual(['p1']);
    expect(reply.showPanel).toBe(true);
  });

  it('stays quiet when no candidate has anything that bears on the order', async () => {
    const { reply, state } = await screen('screen-a').show(snapshot({ ids: { hisPatientId: 'MZ-LOCAL-9' } }, ['血常规']));
    expect(state.identity).toBeUndefined();
    expect(reply.showPanel).toBe(false);
  });

  it('several fit: lists those whose results bear on the order, judges nothing until the doctor says which', async () => {
    await store([another('p2', '9999')]);
    // p3 fits too, but has only a chest CT: it is not shown for a knee order.
    await store([another('p3', '8888')], '胸部CT平扫');
    const a = screen('screen-a');
    const two = await a.show();
    expect(two.state.identity).toMatchObject({ preview: false, tooMany: false });
    expect(offered(two.state)).toEqual(['p1', 'p2']);
    expect(two.state.priors).toEqual({});
    expect(two.reply.showPanel).toBe(true);
    await confirm(two.entry, 'p2');
    const chosen = await a.show();
    expect(chosen.reply.patient).toEqual({ kind: 'confirmed', patientKey: 'p2' });
    expect(Object.keys(chosen.state.priors)).toEqual(['左膝关节MR平扫-p2']);
  });

  it('counts only those whose results bear on the order: four fit, one has a knee MR, and it is previewed', async () => {
    await store(['p2', 'p3', 'p4'].map((key, index) => another(key, `200${index}`)), '胸部CT平扫');
    const { state } = await screen('screen-a').show();
    expect(state.identity).toMatchObject({ tooMany: false, preview: true });
    expect(offered(state)).toEqual(['p1']);
  });

  it('too many fit: asks for an identifier, lists nobody, and does not pop up for it alone', async () => {
    await store(['p2', 'p3', 'p4'].map((key, index) => another(key, `100${index}`)));
    const many = await screen('screen-a').show(snapshot({ ids: { hisPatientId: 'MZ-LOCAL-9' } }));
    expect(many.state.identity).toEqual({ candidates: [], tooMany: true, preview: false, scope: expect.any(String) });
    expect(many.state.priors).toEqual({});
    expect(many.reply.showPanel).toBe(false);
    // With no identifier at all the panel opens anyway (cannot identify), and says why.
    expect((await screen('screen-b').show()).reply.showPanel).toBe(true);
  });

  it('a name shared by more stored patients than it reads: too many, never an incomplete list', async () => {
    await store(Array.from({ length: 50 }, (_, index) => ({ ...another(`q${index}`, String(1000 + index)), sex: '女' as const })));
    const { state } = await screen('screen-a').show();
    expect(state.identity?.tooMany).toBe(true);
  });

  it('answers are erased with the patient, and purged after a day', async () => {
    const a = screen('screen-a');
    await a.show();
    await confirm(a.entry);
    await purgeExpired(db, builtinCatalogSet, (name, set) => matchOrderName(name, set), new Date('2026-11-25T02:00:00Z'));
    expect(await db.identityChecks.count()).toBe(1);
    await purgeExpired(db, builtinCatalogSet, (name, set) => matchOrderName(name, set), new Date('2026-11-26T02:00:00Z'));
    expect(await db.identityChecks.count()).toBe(0);
    expect((await confirm(a.entry)).ok).toBe(true);
    expect(await db.identityChecks.count()).toBe(1);
    await erasePatient(db, 'p1');
    expect(await db.identityChecks.count()).toBe(0);
  });
});
