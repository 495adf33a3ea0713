// The side panel (Chrome 114+): the same verdicts, decisions and paper-result form as the in-page
// panel, for the active tab's latest order screen, for doctors who prefer it docked (and for long
// grids, where the in-page panel pops up as its title bar only). Older cores never load this page;
// the in-page panel is primary.
import { createRoot } from 'react-dom/client';
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { browser } from 'wxt/browser';
import { PanelBody } from '../../components/panel-body.tsx';
import type { PanelState, TabPanelReply } from '../../lib/messaging/protocol.ts';
import { TEXT } from '../../lib/ui-text.ts';
import '../panel/panel.css';

/** The screen shown and its state, as one value: an answer for one tab never lands in another's. */
interface Shown {
  token: string | undefined;
  state: PanelState | null | undefined;
}

function SidePanelPage() {
  const [shown, setShown] = useState<Shown>({ token: undefined, state: undefined });
  useEffect(() => {
    // Loads overlap (a tab switch, a panel notice, the page becoming visible): only the latest one
    // may set the state, or a slow answer for the tab left behind would blank the one in front.
    let latest = 0;
    let windowId: number | undefined;
    const load = async (refresh: boolean) => {
      const mine = ++latest;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId ?? windowId;
      const reply =
        tab?.id === undefined ? null : ((await browser.runtime.sendMessage({ type: 'panel/get-tab-state', tabId: tab.id, refresh })) as TabPanelReply);
      if (mine !== latest) return;
      setShown({ token: reply?.token, state: reply?.state ?? null });
    };
    void load(true);
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | undefined)?.type === 'panel/updated') void load(false);
    };
    // Each window has its own side panel: a tab switched in another window is not ours to follow.
    const onActivated = (info: { windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) void load(true);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      latest = Number.NaN;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  // A decision's reply updates the state only while the same screen is shown.
  const { token } = shown;
  const setState = useCallback<Dispatch<SetStateAction<PanelState | null | undefined>>>(
    (next) => setShown((current) => (current.token !== token ? current : { token, state: typeof next === 'function' ? next(current.state) : next })),
    [token],
  );
  return <PanelBody token={token} state={shown.state} setState={setState} noStateText={TEXT.sidePanelNoScreen} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<SidePanelPage />);
