// The background owns the data: Dexie (IndexedDB in the extension's origin), the rules, and the
// panel states. Content scripts and extension pages only ask it by message.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openHrDatabase } from '../lib/store/hr-database.ts';
import { routeMessage } from '../lib/background/message-router.ts';
import { evaluateSnapshot } from '../lib/background/evaluate-snapshot.ts';
import { createPanelStateCache, type SessionArea } from '../lib/background/panel-state-cache.ts';
import { TRAINING_SETTINGS } from '../lib/background/deployment-settings.ts';
import { parseExportFile } from '../lib/store/export-format.ts';
import { importExportFile } from '../lib/store/import-results.ts';
import type { ImportReply, PanelUpdatedNotice, StoreStats } from '../lib/messaging/protocol.ts';

export default defineBackground(() => {
  const db = openHrDatabase();
  // storage.session exists from Chrome 102; older cores keep panel states in memory only.
  const session = (browser.storage as unknown as { session?: SessionArea }).session;
  const panels = createPanelStateCache(session);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // The side panel shows the latest warning of the active tab.
  const latestTokenByTab = new Map<number, string>();
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.runtime.onMessage.addListener((raw, sender) => {
    const routed = routeMessage(raw, sender, browser.runtime.id, extensionOrigin);
    if (routed.from === 'rejected') {
      console.warn('[互认助手] 拒绝消息：', routed.reason);
      return Promise.resolve({ ok: false, error: routed.reason });
    }
    if (routed.from === 'content') {
      const { message } = routed;
      return evaluateSnapshot(db, message.snapshot, TRAINING_SETTINGS, new Date())
        .then(async ({ reply, panel }) => {
          await panels.put(message.panelToken, panel);
          if (reply.showPanel) latestTokenByTab.set(routed.tabId, message.panelToken);
          const notice: PanelUpdatedNotice = { type: 'panel/updated', panelToken: message.panelToken };
          // No panel page may be open yet: a missing receiver is expected, not an error.
          browser.runtime.sendMessage(notice).catch(() => undefined);
          return reply;
        })
        .catch((error: unknown) => ({ ok: false, error: String(error) }));
    }
    const { message } = routed;
    switch (message.type) {
      case 'panel/get-state':
        return panels.get(message.panelToken).then((state) => state ?? null);
      case 'panel/get-tab-state': {
        const token = latestTokenByTab.get(message.tabId);
        return token ? panels.get(token).then((state) => state ?? null) : Promise.resolve(null);
      }
      case 'store/import': {
        const parsed = parseExportFile(message.text);
        if (!parsed.ok) {
          const reply: ImportReply = { ok: false, patients: 0, results: 0, errors: parsed.issues };
          return Promise.resolve(reply);
        }
        return importExportFile(db, parsed.file).then(
          (counts): ImportReply => ({ ok: true, ...counts, errors: [] }),
          (error: unknown): ImportReply => ({ ok: false, patients: 0, results: 0, errors: [{ entry: 'file', field: '', message: String(error) }] }),
        );
      }
      case 'store/stats':
        return Promise.all([db.patients.count(), db.results.count()]).then(([patients, results]): StoreStats => ({ patients, results }));
    }
  });
});
