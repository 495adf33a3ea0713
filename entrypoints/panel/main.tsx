// The panel extension page, shown in an iframe on the HIS order screen. Its token (in the URL hash)
// names the state the background computed for that frame; it re-reads it when told it changed.
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PanelBody } from '../../components/panel-body.tsx';
import type { PanelState, PanelUpdatedNotice } from '../../lib/messaging/protocol.ts';
import './panel.css';

const token = window.location.hash.slice(1);

function PanelPage() {
  const [state, setState] = useState<PanelState | null | undefined>(undefined);
  useEffect(() => {
    const load = () =>
      browser.runtime
        .sendMessage({ type: 'panel/get-state', panelToken: token })
        .then((reply) => setState((reply as PanelState | null) ?? null), () => setState(null));
    void load();
    const onMessage = (message: unknown) => {
      const notice = message as Partial<PanelUpdatedNotice> | undefined;
      if (notice?.type === 'panel/updated' && notice.panelToken === token) void load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return <PanelBody token={token} state={state} setState={setState} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<PanelPage />);
