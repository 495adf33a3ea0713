// The side panel (Chrome 114+) shows the same verdicts as the in-page panel for the active tab, for
// doctors who prefer it docked. Older cores never load this page; the in-page panel is primary.
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { VerdictPanel } from '../../components/verdict-panel.tsx';
import type { PanelState } from '../../lib/messaging/protocol.ts';
import '../panel/panel.css';

function SidePanelPage() {
  const [state, setState] = useState<PanelState | null | undefined>(undefined);
  useEffect(() => {
    const load = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState(null);
      const reply = await browser.runtime.sendMessage({ type: 'panel/get-tab-state', tabId: tab.id });
      setState((reply as PanelState | null) ?? null);
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
  return <VerdictPanel state={state} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<SidePanelPage />);
