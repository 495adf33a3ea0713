// One HIS order frame, watched: rows appear → snapshot → background verdict → row markers and panel.
//
//   page DOM ──(MutationObserver: added rows only)──▶ order-row-watcher
//      │                                                   │ change (coalesced)
//   patient frame (hidden tab) ──▶ read-patient            ▼
//                                   └──────────▶ snapshot ──sendMessage──▶ background (zod, Dexie, rules)
//                                                                              │ reply: row statuses
//   row markers (closed shadow roots) ◀────────────────────────────────────────┤
//   panel iframe (extension page, asks the background for the full state) ◀────┘
//
// Nothing is stored here: the content script keeps no patient data beyond the current snapshot.
import type { FrameRef, ScreenAdapter } from '../adapters/adapter-schema.ts';
import type { CaptureReply, ContentMessage, ErrorReply, EvaluateReply, NoteInsertReply, ScreenSnapshot } from '../messaging/protocol.ts';
import { watchOrderRows, type OrderRowWatcher, type RowChange, type WatchedRow } from './order-row-watcher.ts';
import { readPatient } from './read-patient.ts';
import { frameDocument } from './read-dom-text.ts';
import { createNameMarkers, hasMarker, QUIET_MARKER_MAX_ROWS } from './name-markers.ts';
import { createPanelFrame, type PanelFrame } from './panel-frame.ts';
import { insertNote } from './note-field.ts';
import { createSubmitGuard, type SubmitGuard } from './submit-guard.ts';
import { parseHotkey, type Hotkey } from './submit-hotkeys.ts';
import { watchResultLists } from './result-list-capture.ts';
import { readCell } from './read-grid-cell.ts';
import { createTaskScheduler } from './task-scheduler.ts';
import { WARNED_STATUSES } from '../messaging/warned-statuses.ts';
import { PAGE_TEXT } from '../ui-text.ts';

export interface SessionDeps {
  send(message: ContentMessage): Promise<EvaluateReply | ErrorReply>;
  /** Result-list capture (adapters with `resultLists`); absent → lists are not captured. */
  capture?(message: ContentMessage): Promise<CaptureReply | ErrorReply>;
  panelUrl(token: string): string;
  randomToken(): string;
}

/** The protocol's bound on distinct orders per screen. */
const MAX_ORDERS = 500;

/** Screens without a configured submit control (generic detection): the panel still avoids the most
 *  likely one, a visible button labelled 提交/保存/确定/发送. */
function likelySubmitControl(doc: Document): Element | null {
  const candidates = Array.from(doc.querySelectorAll('button, input[type=button], input[type=submit], a.btn, a.button'));
  return (
    candidates.find((element) => {
      const label = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
      return /提交|保存|确定|发送/.test(label) && element.getBoundingClientRect().width > 0;
    }) ?? null
  );
}

export interface HisSession {
  /** Re-reads the screen; `force` re-asks the background even if the screen did not change. */
  evaluateNow(force?: boolean): Promise<void>;
  insertNote(text: string): NoteInsertReply;
  stop(): void;
}

export function startHisSession(win: Window, adapter: ScreenAdapter, deps: SessionDeps): HisSession {
  const doc = win.document;
  const token = deps.randomToken();
  let watcher: OrderRowWatcher | undefined;
  let panel: PanelFrame | undefined;
  let guard: SubmitGuard | undefined;
  let guardDoc: Document | undefined;
  let keyGuard: SubmitGuard | undefined;
  const hotkeys = (adapter.submitKeys ?? []).map(parseHotkey).filter((hotkey): hotkey is Hotkey => hotkey !== undefined);
  let lastSent = '';
  // Which of this screen's patients is on it (ScreenSnapshot.showing): a doctor's confirmation that
  // 张伟 男 45岁 is a stored patient must never pass to the next 张伟 男 45岁 called to the same screen.
  let showing = 0;
  let rowsBefore = 0;
  const observers: MutationObserver[] = [];
  const capture = deps.capture;
  const stopCapture = capture && adapter.resultLists?.length ? watchResultLists(win, adapter, { send: capture, patient: () => readPatient(win, adapter) }) : undefined;

  // A screen read by the generic detector says how sure it is (lib/content/generic-adapter.ts); read once.
  const detection = 'detectionConfidence' in adapter && typeof adapter.detectionConfidence === 'number' ? { detectionConfidence: adapter.detectionConfidence } : {};
  /** One entry per distinct item name (the first row's price): the background judges names, not rows. */
  const snapshot = (): ScreenSnapshot => {
    const firstRow = new Map<string, Element>();
    for (const row of watcher?.liveRows() ?? []) if (!firstRow.has(row.name)) firstRow.set(row.name, row.element);
    return {
      adapterId: adapter.id,
      ...detection,
      url: win.location.href.slice(0, 2000),
      patient: readPatient(win, adapter),
      showing,
      orders: (watcher?.names() ?? []).slice(0, MAX_ORDERS).map((name) => {
        const element = firstRow.get(name);
        const price = adapter.orders.price && element ? Number.parseFloat((readCell(element, adapter.orders.price) ?? '').replace(/[^\d.]/g, '')) : Number.NaN;
        return Number.isFinite(price) && price >= 0 ? { name, price } : { name };
      }),
    };
  };

  // On a long grid (a work list, a long-term order sheet) the panel pops up as its title bar only,
  // naming how many items wait for a choice: the full panel would cover a fifth of a busy list, and
  // over a grid redrawn every frame it cost the page ~5% of its main thread (`npm run bench`). The
  // doctor opens it from the bar or from any row marker; a short order screen gets it in full.
  let undecided = 0;
  /** The document of the frame an adapter names for a control; the order frame's own by default. */
  const controlDocument = (ref: FrameRef | undefined): Document | undefined => (ref ? frameDocument(win, ref) : doc);
  // The panel keeps clear of the submit control when it is in this frame (one in a toolbar frame of
  // a frameset is out of its reach anyway).
  const panelAvoids = (): Element | null => {
    if (!adapter.submit) return likelySubmitControl(doc);
    return controlDocument(adapter.submitFrame) === doc ? doc.querySelector(adapter.submit) : null;
  };
  const openPanel = (mustDecide: boolean, automatic = false): void => {
    panel ??= createPanelFrame(doc, deps.panelUrl(token), panelAvoids());
    const compact = automatic && !quietMarkers();
    panel.show(mustDecide, compact, undecided > 0 ? PAGE_TEXT.undecided(undecided) : '');
  };

  // The verdicts of the last reply, by item name (see name-markers.ts), and whose they are: they are
  // dropped the moment the patient on screen is another (a wrong patient's marker is the worst thing
  // this product could show).
  let markersPatient = '';
  let mustDecide = false;
  const marks = createNameMarkers(() => openPanel(mustDecide));
  const liveRows = (): WatchedRow[] => watcher?.liveRows() ?? [];
  const rowCount = (): number => watcher?.count() ?? 0;
  const quietMarkers = (): boolean => rowCount() <= QUIET_MARKER_MAX_ROWS;

  const apply = (reply: EvaluateReply, sent: ScreenSnapshot): void => {
    // The reply is about the patient the request named; if the screen has moved on to another
    // patient meanwhile, none of it may be shown.
    const patientNow = JSON.stringify(readPatient(win, adapter));
    const current = patientNow === JSON.stringify(sent.patient);
    // Another patient came on screen while this was asked (perhaps unnoticed: no watched element
    // changed): ask again for the one on screen now.
    if (!current) again = { force: true };
    toMark.clear();
    toUnmark.length = 0;
    markersPatient = current ? patientNow : '';
    mustDecide = reply.mustDecide;
    marks.replace(new Map(current ? reply.orders.map((order) => [order.order, order]) : []), liveRows(), rowCount());
    if (!current) return;
    // Pop up only while something is undecided (no repeated alerts after a choice), but never take the
    // panel away from a doctor who is still using it (e.g. to insert the record text just drafted);
    // it goes once no row on screen has anything to show.
    undecided = reply.orders.filter((order) => WARNED_STATUSES.has(order.status) && !order.decided).length;
    if (reply.showPanel) openPanel(reply.mustDecide, true);
    else if (!reply.orders.some((order) => hasMarker(order.status))) panel?.hide();
    else if (panel?.visible) openPanel(reply.mustDecide, true);
    if (adapter.submit && (reply.blockSubmit || guard)) {
      // Held where the control is now: a toolbar frame may have been reloaded since the last reply.
      const submitDoc = controlDocument(adapter.submitFrame);
      if (submitDoc && submitDoc !== guardDoc) {
        guard?.stop();
        guard = createSubmitGuard(submitDoc, adapter.submit, () => openPanel(true), hotkeys);
        guardDoc = submitDoc;
      }
      if (!submitDoc && reply.blockSubmit) console.warn('[互认助手] 找不到适配器指定的提交按钮所在框架，无法暂停提交。');
      guard?.set(reply.blockSubmit);
    }
    // The shortcuts are pressed where the doctor types, the order frame, wherever the button is.
    if (hotkeys.length > 0 && (reply.blockSubmit || keyGuard) && guardDoc !== doc) {
      keyGuard ??= createSubmitGuard(doc, undefined, () => openPanel(true), hotkeys);
      keyGuard.set(reply.blockSubmit);
    }
  };

  // One request in flight at a time: on a grid that page script changes every frame, changes that
  // arrive meanwhile are folded into one follow-up request with the screen as it is then.
  let inFlight = false;
  let again: { force: boolean } | undefined;
  let retryDelay = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const evaluateNow = async (force = false): Promise<void> => {
    if (inFlight) {
      again = { force: force || (again?.force ?? false) };
      return;
    }
    const current = snapshot();
    const key = JSON.stringify(current);
    if (key === lastSent && !force) return;
    lastSent = key;
    inFlight = true;
    try {
      const reply = await deps.send({ type: 'orders/evaluate', panelToken: token, snapshot: current }).catch((error: unknown): ErrorReply => ({ ok: false, error: String(error) }));
      if (reply.ok) {
        retryDelay = 0;
        apply(reply, current);
      } else {
        // Not answered (the worker restarting, a store error): the same screen must be asked again,
        // or its rows would stay unwarned until the grid happens to change. Backs off to 30 s.
        console.warn('[互认助手] 无法评估本界面：', reply.error);
        lastSent = '';
        retryDelay = Math.min(30_000, retryDelay ? retryDelay * 2 : 1_000);
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          void evaluateNow();
        }, retryDelay);
      }
    } finally {
      inFlight = false;
      const next = again;
      again = undefined;
      if (next) void evaluateNow(next.force);
    }
  };

  // A doctor's order screen has a handful of rows and gets its warning at once. A long grid that
  // page script keeps changing (a work list, a bulk re-render) is evaluated at most every 200 ms:
  // asking on every frame there cost the page more than the warnings are worth.
  let busyTimer: ReturnType<typeof setTimeout> | undefined;
  const evaluateSoon = (): void => {
    if (quietMarkers()) {
      void evaluateNow();
      return;
    }
    busyTimer ??= setTimeout(() => {
      busyTimer = undefined;
      void evaluateNow();
    }, 200);
  };

  /** False (and every marker gone, and the new patient asked about) when the patient on screen changed. */
  const samePatient = (): boolean => {
    if (JSON.stringify(readPatient(win, adapter)) === markersPatient) return true;
    if (markersPatient !== '') showing += 1;
    markersPatient = '';
    toMark.clear();
    toUnmark.length = 0;
    marks.clear();
    // The panel shows the previous patient's state until the new reply: take it away meanwhile.
    panel?.hide();
    void evaluateNow();
    return false;
  };

  // Re-marking is written in a task of its own, not in the observer's microtask: the observer runs
  // right after the page's script, which has usually just read layout (grids size their columns);
  // a marker written then makes the browser lay the whole grid out a second time in that frame.
  // Written after the frame, it is folded into the page's next layout. (In `npm run bench` this was
  // most of what the markers cost a 1,000-row grid redrawn every frame.)
  // By row key: a row redrawn twice before the task runs is marked once, by its latest reading.
  const toMark = new Map<string, WatchedRow>();
  const toUnmark: WatchedRow[] = [];
  const markLater = createTaskScheduler(() => {
    const removed = toUnmark.splice(0);
    if (removed.length > 0) marks.rowsRemoved(removed, liveRows, rowCount());
    marks.markTouched(toMark.values(), liveRows, rowCount());
    toMark.clear();
  });

  // Rows re-rendered, added or removed with names already judged (a busy grid redrawing itself) are
  // re-marked here and cost no message; only a new set of names, or another patient, is asked about.
  // (Another patient: `samePatient` takes every marker off, including those of rows that went.)
  const onRowsChanged = (change: RowChange): void => {
    // Every row gone, and the grid left empty or without one of the items it had (cleared, or cleared
    // and refilled with another patient's saved orders in one go): the next patient, as far as this
    // screen can tell. A grid redrawing its rows with the same items, perhaps one more, is not.
    const count = rowCount();
    if (rowsBefore > 0 && change.removed.length >= rowsBefore) {
      const now = new Set(watcher?.names() ?? []);
      if (count === 0 || change.removed.some((row) => !now.has(row.name))) showing += 1;
    }
    rowsBefore = count;
    if (!samePatient()) return;
    // Nothing any marker depends on (a long grid redrawing rows that carry none): no pass, no task.
    if (toMark.size === 0 && toUnmark.length === 0 && !marks.needsPass(change.touched, change.removed, rowCount())) {
      if (change.namesChanged) evaluateSoon();
      return;
    }
    for (const row of change.touched) toMark.set(row.key, row);
    for (const row of change.removed) {
      toMark.delete(row.key);
      toUnmark.push(row);
    }
    if (toMark.size > 0 || toUnmark.length > 0) markLater.schedule();
    if (change.namesChanged) evaluateSoon();
  };

  const attach = (): boolean => {
    const container = doc.querySelector(adapter.orders.container);
    if (!container) return false;
    watcher = watchOrderRows(container, adapter.orders, onRowsChanged);
    rowsBefore = rowCount();
    void evaluateNow();
    return true;
  };

  if (!attach()) {
    // The grid is built later by script (or sits in a pane not yet rendered): wait for it.
    const waiter = new MutationObserver(() => {
      if (attach()) waiter.disconnect();
    });
    waiter.observe(doc.documentElement, { childList: true, subtree: true });
    observers.push(waiter);
  }

  // The page switches patients without reloading: re-evaluate when the patient context changes.
  const patientDoc = frameDocument(win, adapter.patient.frame);
  const watched = adapter.patient.watch ? patientDoc?.querySelector(adapter.patient.watch) : null;
  if (watched) {
    // The elements the patient is read from: a change that reaches one of them is the patient context
    // redrawn (another patient, even if name, sex and age read the same); a clock or a queue counter
    // elsewhere in the watched banner is not.
    const sources = [adapter.patient.name, adapter.patient.sex, adapter.patient.age, ...adapter.patient.ids.map((id) => id.source)];
    const selectors = sources.flatMap((source) => (source ? [source.selector] : []));
    const redrawsPatient = (records: MutationRecord[]): boolean => {
      const fields = selectors.flatMap((selector) => Array.from(patientDoc?.querySelectorAll(selector) ?? []));
      return records.some(({ target }) => fields.some((field) => field === target || field.contains(target) || target.contains(field)));
    };
    const patientObserver = new MutationObserver((records) => {
      if (redrawsPatient(records)) showing += 1;
      if (samePatient()) void evaluateNow();
    });
    patientObserver.observe(watched, { childList: true, subtree: true, characterData: true });
    observers.push(patientObserver);
  }

  return {
    evaluateNow,
    insertNote(text) {
      if (!adapter.noteField) return { ok: false, error: PAGE_TEXT.noteFieldNotConfigured };
      const noteDoc = controlDocument(adapter.noteFieldFrame);
      if (!noteDoc) return { ok: false, error: PAGE_TEXT.noteFrameMissing };
      return insertNote(noteDoc, adapter.noteField, text);
    },
    stop() {
      watcher?.disconnect();
      observers.forEach((observer) => observer.disconnect());
      guard?.stop();
      keyGuard?.stop();
      stopCapture?.();
      if (busyTimer) clearTimeout(busyTimer);
      if (retryTimer) clearTimeout(retryTimer);
      markLater.cancel();
      panel?.hide();
    },
  };
}
