// The background owns the data: Dexie (IndexedDB in the extension's origin), the rules, the
// decision log and the panel states. Content scripts and extension pages only ask it by message.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openHrDatabase } from '../lib/store/hr-database.ts';
import { createReadCache } from '../lib/background/read-cache.ts';
import { watchWrites } from '../lib/background/database-writes.ts';
import { routeMessage } from '../lib/background/message-router.ts';
import { evaluateSnapshot } from '../lib/background/evaluate-snapshot.ts';
import { createPanelStateCache, type SessionArea } from '../lib/background/panel-state-cache.ts';
import { recordDecision } from '../lib/background/record-decision.ts';
import { answerIdentity } from '../lib/background/answer-identity.ts';
import { buildConsent } from '../lib/background/build-consent.ts';
import { addManualResult } from '../lib/background/add-manual-result.ts';
import { captureResults } from '../lib/background/capture-results.ts';
import { shanghaiIsoOf } from '../lib/rules/shanghai-calendar.ts';
import { applyDeployment, currentDeployment, STORAGE_KEYS, type ScriptingApi } from '../lib/background/apply-deployment.ts';
import { applyManagedDeployment, MANAGED_BUNDLE_KEY, managedArea, markManagedSuperseded, sha256Hex, type ManagedDeploymentDeps } from '../lib/background/managed-deployment.ts';
import type { ScreenAdapter } from '../lib/adapters/adapter-schema.ts';
import { loadSettings, saveSettings } from '../lib/background/settings-store.ts';
import { builtinAdapters } from '../lib/adapters/adapter-registry.ts';
import { purgeExpired } from '../lib/store/maintenance.ts';
import { countResults } from '../lib/store/patient-results.ts';
import { builtinCatalogSet } from '../catalogs/index.ts';
import { matchOrderName } from '../lib/matching/match-order-name.ts';
import { withSendResponse } from '../lib/messaging/listen-with-response.ts';
import { ORDER_SCREEN_PORT, type PortAnswer, type PortRequest } from '../lib/messaging/port-requests.ts';
import { sameShownState } from '../lib/background/same-shown-state.ts';
import { createLatestPanelByTab } from '../lib/background/latest-panel-by-tab.ts';
import { BACKGROUND_TEXT } from '../lib/ui-text.ts';
import type { IdentityConfirmReply, PanelState, NoteInsertCommand, NoteInsertReply, PanelUpdatedNotice, StoreStats, TabPanelReply } from '../lib/messaging/protocol.ts';

export default defineBackground(() => {
  const db = openHrDatabase();
  // The warm path's reads, from memory between writes (lib/background/read-cache.ts).
  const reads = createReadCache({ maxAgeMs: 30_000, maxEntries: 32, now: () => performance.now() });
  watchWrites(db, () => reads.clear());
  // storage.session exists from Chrome 102; older cores keep panel states in memory only.
  const session = (browser.storage as unknown as { session?: SessionArea }).session;
  const panels = createPanelStateCache(session);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // The side panel shows the latest warning of the active tab (lib/background/latest-panel-by-tab.ts).
  const latestPanels = createLatestPanelByTab(session);
  browser.tabs.onRemoved.addListener((tabId) => {
    void latestPanels.forget(tabId).catch(() => undefined);
    void panels.forgetTab(tabId).catch(() => undefined);
  });
  const shownByToken = new Map<string, PanelState>();
  /** Asks one order screen to re-send its orders (forced): after a choice, an answer, or for the side panel. */
  const refreshScreen = (context: { tabId: number; frameId: number }): Promise<unknown> =>
    browser.tabs.sendMessage(context.tabId, { type: 'orders/refresh' }, { frameId: context.frameId }).catch(() => undefined);
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  // Settings and department adapters are read at every evaluation: kept in memory, dropped whenever
  // they are saved (the worker may also simply restart, which empties them).
  const cached = <T,>(load: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return { get: () => (value ??= load()), clear: () => void (value = undefined) };
  };
  const settingsCache = cached(() => loadSettings(db));
  const adapterCache = cached(() =>
    browser.storage.local.get([STORAGE_KEYS.adapters]).then((stored) => (stored[STORAGE_KEYS.adapters] as ScreenAdapter[] | undefined) ?? []),
  );
  browser.storage.onChanged.addListener(() => adapterCache.clear());
  // One bundle applied at a time (a policy bundle at worker start, one loaded by hand, the options
  // page's retry of the policy's): two at once would mix settings of one with adapters of the other,
  // and race on the registered content script.
  let applying: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T,>(job: () => Promise<T>): Promise<T> => {
    const run = applying.then(job, job);
    applying = run.catch(() => undefined);
    return run;
  };
  const applyBundle = (text: string) => {
    settingsCache.clear();
    return applyDeployment(text, {
      db,
      storage: browser.storage.local,
      scripting: browser.scripting as unknown as ScriptingApi,
      permissions: browser.permissions,
      now: new Date(),
    }).finally(() => {
      settingsCache.clear();
      adapterCache.clear();
    });
  };
  // The bundle from enterprise policy, if any: at every worker start and whenever the policy changes.
  const managedDeps = (): ManagedDeploymentDeps => ({
    managed: managedArea(browser.storage),
    local: browser.storage.local,
    apply: applyBundle,
    digest: sha256Hex,
    now: new Date(),
  });
  const applyManaged = (force = false) => oneAtATime(() => applyManagedDeployment(managedDeps(), force));
  const applyByHand = (text: string) =>
    oneAtATime(async () => {
      const reply = await applyBundle(text);
      // It stays in force: the policy's bundle is not retried over it until the policy changes.
      if (reply.ok) await markManagedSuperseded(browser.storage.local);
      return reply;
    });
  const applyManagedQuietly = () =>
    void applyManaged().catch((error: unknown) => console.warn('[互认助手] 策略下发的部署包未能应用', error));
  // Not at the very start: a worker woken by an order screen answers that first (the policy check
  // is a storage read through the browser process, and a bundle applied is not urgent to the second).
  setTimeout(applyManagedQuietly, 1_000);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' && MANAGED_BUNDLE_KEY in changes) applyManagedQuietly();
  });
  const newId = () => `${Date.now().toString(36).padStart(9, '0')}-${crypto.randomUUID()}`;

  // Retention: once a day, drop results no window can use any more (alarms survive the worker sleeping).
  // Created once: this code runs at every worker start, and re-creating the alarm would move it to a
  // minute from now each time (seen in the benchmark: a "daily" purge firing every minute).
  void browser.alarms.get('purge-expired').then((existing) => {
    if (!existing) browser.alarms.create('purge-expired', { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== 'purge-expired') return;
    purgeExpired(db, builtinCatalogSet, (name, set) => matchOrderName(name, set), new Date()).then(
      (counts) => console.info('[互认助手] 已清理过期结果', counts),
      (error: unknown) => console.error('[互认助手] 清理失败', error),
    );
  });

  const sendPanelNotice = (panelToken: string) => {
    const notice: PanelUpdatedNotice = { type: 'panel/updated', panelToken };
    // No panel page may be open: a missing receiver is expected, not an error.
    browser.runtime.sendMessage(notice).catch(() => undefined);
  };
  // On a busy grid the state changes many times a second; the panel re-renders at most 4 times a
  // second (the last change always reaches it). Row markers are not delayed: they use the reply.
  const pendingNotices = new Map<string, ReturnType<typeof setTimeout>>();
  const lastNotice = new Map<string, number>();
  const notifyPanel = (panelToken: string) => {
    if (pendingNotices.has(panelToken)) return;
    const wait = Math.max(0, 250 - (Date.now() - (lastNotice.get(panelToken) ?? 0)));
    pendingNotices.set(
      panelToken,
      setTimeout(() => {
        pendingNotices.delete(panelToken);
        lastNotice.set(panelToken, Date.now());
        if (lastNotice.size > 50) lastNotice.delete(lastNotice.keys().next().value as string);
        sendPanelNotice(panelToken);
      }, wait),
    );
  };

  const handleMessage = (raw: unknown, sender: Parameters<typeof routeMessage>[1]): Promise<unknown> | undefined => {
    const routed = routeMessage(raw, sender, browser.runtime.id, extensionOrigin);
    if (routed.from === 'rejected') {
      console.warn('[互认助手] 拒绝消息：', routed.reason);
      return Promise.resolve({ ok: false, error: routed.reason });
    }
    if (routed.from === 'content' && routed.message.type === 'results/capture') {
      return captureResults(db, routed.message, shanghaiIsoOf(new Date()).slice(0, 10));
    }
    if (routed.from === 'content' && routed.message.type === 'orders/evaluate') {
      const { tabId, frameId } = routed;
      const message = routed.message;
      return Promise.all([settingsCache.get(), adapterCache.get()])
        .then(([loaded, adapters]) => {
          const adapter = [...adapters, ...builtinAdapters].find((candidate) => candidate.id === message.snapshot.adapterId);
          return evaluateSnapshot(db, message.snapshot, loaded.settings, new Date(), Boolean(adapter?.noteField), reads, message.panelToken);
        })
        .then(({ reply, state, context }) => {
          // The row markers wait for this reply: answer first, mirror the panel state to
          // storage.session behind it (the panel is told once it is there).
          // The panel re-renders only when what it shows changed (busy grids resend the same rows;
          // verdicts come from the verdict cache, so an unchanged one is the very same object).
          const previous = shownByToken.get(message.panelToken);
          const unchanged = previous !== undefined && sameShownState(previous, state);
          shownByToken.set(message.panelToken, state);
          if (shownByToken.size > 50) shownByToken.delete(shownByToken.keys().next().value as string);
          void panels
            .put(message.panelToken, { state, context: { ...context, tabId, frameId } })
            .catch((error: unknown) => console.warn('[互认助手] 面板状态未能保存到会话存储', error));
          // The side panel follows the tab's latest screen that warned, and a frame's newer screen
          // (reloaded, another patient) even when it does not warn, so an old patient is never left there.
          // The panels are told once the tab's latest is known: a side panel reloading on the notice
          // must find this screen.
          const offered = latestPanels
            .offer(tabId, frameId, message.panelToken, reply.showPanel)
            .catch((error: unknown) => console.warn('[互认助手] 侧边栏索引未能保存到会话存储', error));
          if (!unchanged) void offered.then(() => notifyPanel(message.panelToken));
          return reply;
        })
        .catch((error: unknown) => ({ ok: false, error: String(error) }));
    }
    if (routed.from !== 'extension-page') return undefined;
    const { message } = routed;
    switch (message.type) {
      case 'panel/get-state':
        return panels.get(message.panelToken).then((entry) => entry?.state ?? null);
      case 'panel/get-tab-state': {
        return latestPanels.get(message.tabId).then(async (token): Promise<TabPanelReply> => {
          const entry = token ? await panels.get(token) : undefined;
          if (!token || !entry) {
            // Not known here (a worker stopped before it wrote the tab's latest down): every order
            // screen of the tab is asked to re-send, and the one that answers tells the side panel.
            if (message.refresh) void browser.tabs.sendMessage(message.tabId, { type: 'orders/refresh' }).catch(() => undefined);
            return null;
          }
          // The answer is what is known now; a changed state follows as a panel/updated notice.
          if (message.refresh) {
            void refreshScreen(entry.context);
          }
          return { token, state: entry.state };
        });
      }
      case 'decision/record':
        return (async () => {
          const entry = await panels.get(message.panelToken);
          if (!entry) return { ok: false, error: BACKGROUND_TEXT.stateExpiredReAdd };
          if (!samePatientShown(entry, message.patientKey)) return { ok: false, error: BACKGROUND_TEXT.patientChanged };
          const { settings } = await loadSettings(db);
          const reply = await recordDecision(entry, message, { db, now: new Date(), newId, orderingInstitution: settings.orderingInstitution.name });
          if (reply.ok && reply.decision) {
            const decided = reply.decision;
            // A new state object, not the shown one changed in place: the follow-up evaluation must see
            // a change, so the other view (in-page panel or side panel) is told too.
            const state = { ...entry.state, decisions: { ...entry.state.decisions, ...Object.fromEntries(message.concepts.map((concept) => [concept, decided])) } };
            // The decision is stored: a session mirror that fails (quota) must not report it as lost.
            await panels.put(message.panelToken, { ...entry, state }).catch((error: unknown) => console.warn('[互认助手] 面板状态未能保存到会话存储', error));
            notifyPanel(message.panelToken);
            // The content script re-evaluates so the row marker shows the choice and the alert stops.
            await refreshScreen(entry.context);
          }
          return reply;
        })();
      case 'identity/confirm':
        return (async (): Promise<IdentityConfirmReply> => {
          const entry = await panels.get(message.panelToken);
          if (!entry) return { ok: false, error: BACKGROUND_TEXT.stateExpiredReAdd };
          const reply = await answerIdentity(entry, message, { db, now: new Date(), newId });
          // The screen is judged again with the answer (a write clears the read cache), and the panel
          // follows on the new state.
          if (reply.ok) {
            await refreshScreen(entry.context);
          }
          return reply;
        })();
      case 'note/insert':
        return (async (): Promise<NoteInsertReply> => {
          const entry = await panels.get(message.panelToken);
          if (!entry) return { ok: false, error: BACKGROUND_TEXT.screenGone };
          // Text drafted for one patient never goes into another's 申请备注.
          if (!samePatientShown(entry, message.patientKey)) return { ok: false, error: BACKGROUND_TEXT.patientChangedNote };
          const command: NoteInsertCommand = { type: 'note/insert', text: message.text };
          return (await browser.tabs
            .sendMessage(entry.context.tabId, command, { frameId: entry.context.frameId })
            .catch((error: unknown) => ({ ok: false, error: String(error) }))) as NoteInsertReply;
        })();
      case 'consent/get':
        return (async () => {
          const entry = await panels.get(message.panelToken);
          if (!entry) return { ok: false, error: BACKGROUND_TEXT.stateExpired };
          const { settings } = await loadSettings(db);
          return buildConsent(entry, message.concept, settings.orderingInstitution.name, new Date());
        })();
      case 'results/add-manual':
        return (async () => {
          const entry = await panels.get(message.panelToken);
          if (!entry) return { ok: false, error: BACKGROUND_TEXT.stateExpired };
          if (!samePatientShown(entry, message.patientKey)) return { ok: false, error: BACKGROUND_TEXT.patientChanged };
          const reply = await addManualResult(db, entry, message, shanghaiIsoOf(new Date()).slice(0, 10));
          if (reply.ok) {
            await refreshScreen(entry.context);
          }
          return reply;
        })();
      case 'deployment/apply':
        return applyByHand(message.text);
      case 'deployment/apply-managed':
        return applyManaged(true).then(
          (outcome) =>
            outcome.kind === 'none' ? { ok: false, errors: [{ field: MANAGED_BUNDLE_KEY, message: BACKGROUND_TEXT.noManagedBundle }] } : { ok: outcome.status.ok, errors: outcome.status.errors },
          (error: unknown) => ({ ok: false, errors: [{ field: MANAGED_BUNDLE_KEY, message: String(error) }] }),
        );
      case 'deployment/get':
        return loadSettings(db).then(({ settings }) => currentDeployment({ db, storage: browser.storage.local, settings }));
      case 'settings/get':
        return loadSettings(db);
      case 'settings/save':
        settingsCache.clear();
        return saveSettings(db, message.settings, new Date()).finally(() => settingsCache.clear());
      case 'store/stats':
        return Promise.all([db.patients.count(), countResults(db)]).then(([patients, results]): StoreStats => ({ patients, results }));
    }
  };
  browser.runtime.onMessage.addListener(withSendResponse(handleMessage));

  // The order screens' "judge these rows" requests also come over a port each screen keeps open
  // (lib/messaging/port-requests.ts): the path between a row appearing and its warning. Only that
  // request, and only from content scripts; the sender is checked by the same router.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ORDER_SCREEN_PORT) return;
    if (port.sender?.url?.startsWith(extensionOrigin)) return port.disconnect();
    // The screens this port spoke for: when it closes, their page is gone (reloaded, navigated away,
    // closed), and the side panel must stop showing them.
    const tokens = new Set<string>();
    port.onDisconnect.addListener(() => {
      const tabId = port.sender?.tab?.id;
      if (tabId === undefined) return;
      for (const token of tokens) void latestPanels.gone(tabId, token).then((changed) => changed && sendPanelNotice(token), () => undefined);
    });
    port.onMessage.addListener((raw: unknown) => {
      const request = raw as Partial<PortRequest> | null;
      if (typeof request?.id !== 'number') return;
      const type = (request.message as { type?: unknown } | null)?.type;
      const token = (request.message as { panelToken?: unknown } | null)?.panelToken;
      if (type === 'orders/evaluate' && typeof token === 'string' && tokens.size < 16) tokens.add(token);
      const pending = type === 'orders/evaluate' ? handleMessage(request.message, port.sender ?? {}) : undefined;
      void (pending ?? Promise.resolve({ ok: false, error: 'not accepted on this port' })).then(
        (reply) => {
          try {
            port.postMessage({ id: request.id!, reply } satisfies PortAnswer);
          } catch {
            // The screen went meanwhile: nobody is waiting for this answer.
          }
        },
        () => undefined,
      );
    });
  });
});

function samePatientShown(entry: { context: { patientKey?: string } }, shown: string | undefined): boolean {
  return shown === undefined || shown === entry.context.patientKey;
}
