// The side panel (Chrome 114+): the same verdicts, decisions and paper-result form as the in-page
// panel, for the active tab's latest order screen, for doctors who prefer it docked (and for long
// grids, where the in-page panel pops up as its title bar only). Older cores never load this page;
// the in-page panel is primary.
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PanelBody } from '../../components/panel-body.tsx';
import type { PanelState, TabPanelReply } from '../../lib/messaging/protocol.ts';
import '../panel/panel.css';

function SidePanelPage() {
  const [state, setState] = useState<PanelState | null | undefined>(undefined);
  const [token, setToken] = useState<string | undefined>(undefined);
  useEffect(() => {
    const load = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState(null);
      const reply = (await browser.runtime.sendMessage({ type: 'panel/get-tab-state', tabId: tab.id })) as TabPanelReply;
      setToken(reply?.token);
      setState(reply?.state ?? null);
    };
    void load();
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | undefined)?.type === 'panel/updated') void load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(load);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(load);
    };
  }, []);
  return <PanelBody token={token} state={state} setState={setState} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<SidePanelPage />);
