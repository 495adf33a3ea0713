// Runs in every frame of the configured HIS origins. It stays small (no React, no zod, no rules):
// it only finds the screen adapter for this frame and starts a session; all judgement happens in the
// background and all display of results in the panel extension page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { builtinAdapters } from '../lib/adapters/adapter-registry.ts';
import { findAdapterForUrl } from '../lib/adapters/url-glob.ts';
import { startHisSession } from '../lib/content/his-session.ts';
import { withSendResponse } from '../lib/messaging/listen-with-response.ts';
import { createPortRequester, ORDER_SCREEN_PORT } from '../lib/messaging/port-requests.ts';
import type { CaptureReply, ContentMessage, ErrorReply, EvaluateReply } from '../lib/messaging/protocol.ts';
import type { ScreenAdapter } from '../lib/adapters/adapter-schema.ts';
import { STORAGE_KEYS } from '../lib/config/storage-keys.ts';
import { detectOrderScreen } from '../lib/content/generic-detector.ts';
import { adapterFromDetection } from '../lib/content/generic-adapter.ts';

/**
 * No adapter names this frame: let the generic detector look now and whenever the page changes
 * (grids are built and filled by script long after load), at most once a second, until it finds an
 * order grid. A frame without one costs a scan per second of DOM activity, nothing when idle.
 */
function detectScreen(ctx: { isInvalid: boolean; onInvalidated(cb: () => void): void }): Promise<ScreenAdapter | undefined> {
  return new Promise((resolve) => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => schedule());
    const finish = (adapter: ScreenAdapter | undefined) => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      resolve(adapter);
    };
    const check = () => {
      timer = undefined;
      last = Date.now();
      if (ctx.isInvalid) return finish(undefined);
      const adapter = adapterFromDetection(detectOrderScreen(window), window.location.href);
      if (adapter) finish(adapter);
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(check, Math.max(0, 1000 - (Date.now() - last)));
    };
    ctx.onInvalidated(() => finish(undefined));
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();
  });
}

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // The department's adapters (validated by the background when the deployment bundle was
    // applied) come before the built-in ones, so a department can override a built-in screen.
    const stored = await browser.storage.local.get(STORAGE_KEYS.adapters).catch(() => ({}) as Record<string, unknown>);
    const deployment = (stored[STORAGE_KEYS.adapters] as ScreenAdapter[] | undefined) ?? [];
    const adapter = findAdapterForUrl([...deployment, ...builtinAdapters], window.location.href) ?? (await detectScreen(ctx));
    if (!adapter || ctx.isInvalid) return;
    // The screen's requests go over one port to the background (lib/messaging/port-requests.ts).
    const requests = createPortRequester(
      () => {
        const port = browser.runtime.connect({ name: ORDER_SCREEN_PORT });
        // Read, so Chrome does not log an unchecked error when the worker goes.
        port.onDisconnect.addListener(() => void browser.runtime.lastError);
        return port;
      },
      (message) => browser.runtime.sendMessage(message),
    );
    // Back from the back/forward cache, the port is closed without this end being told.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) requests.reset();
    };
    window.addEventListener('pageshow', onPageShow);
    const session = startHisSession(window, adapter, {
      send: (message: ContentMessage) => requests.request(message).then((reply) => reply as EvaluateReply | ErrorReply),
      capture: (message: ContentMessage) =>
        browser.runtime.sendMessage(message).then(
          (reply) => reply as CaptureReply | ErrorReply,
          (error: unknown) => ({ ok: false, error: String(error) }) as ErrorReply,
        ),
      panelUrl: (token) => `${browser.runtime.getURL('/panel.html')}#${token}`,
      randomToken: () => {
        const bytes = crypto.getRandomValues(new Uint8Array(16));
        return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 24);
      },
    });
    // Commands from our background only (runtime messages never come from the page).
    const onMessage = withSendResponse((message: unknown) => {
      const command = message as { type?: string; text?: unknown } | undefined;
      if (command?.type === 'orders/refresh') return session.evaluateNow(true).then(() => ({ ok: true }));
      if (command?.type === 'note/insert' && typeof command.text === 'string') return Promise.resolve(session.insertNote(command.text));
      return undefined;
    });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('pageshow', onPageShow);
      session.stop();
      requests.close();
    });
  },
});
