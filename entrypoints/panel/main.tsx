// The panel extension page, shown in an iframe on the HIS order screen. Its token (in the URL hash)
// names the state the background computed for that frame; it re-reads it when told it changed.
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { VerdictPanel } from '../../components/verdict-panel.tsx';
import type { PanelActions } from '../../components/order-verdict-card.tsx';
import type { DecisionReply, ManualResultReply, NoteInsertReply, PanelState, PanelUpdatedNotice } from '../../lib/messaging/protocol.ts';
import { shanghaiIsoOf } from '../../lib/rules/shanghai-calendar.ts';
import { ManualResultForm } from '../../components/manual-result-form.tsx';
import itemSearchIndex from '../../catalogs/item-search-index.json' with { type: 'json' };
import type { ItemSearchIndex } from '../../lib/catalog/item-search.ts';
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
  const actions: PanelActions | undefined = state
    ? {
        canInsertNote: state.canInsertNote,
        decide: async (orderIndex, concepts, input) => {
          const reply = (await browser.runtime.sendMessage({ type: 'decision/record', panelToken: token, orderIndex, concepts, ...input })) as DecisionReply;
          if (reply.ok && reply.decision) {
            const decision = reply.decision;
            const decided = Object.fromEntries(concepts.map((concept) => [concept, decision]));
            setState((current) => (current ? { ...current, decisions: { ...current.decisions, ...decided } } : current));
          }
          return reply;
        },
        insertNote: (text) => browser.runtime.sendMessage({ type: 'note/insert', panelToken: token, text }) as Promise<NoteInsertReply>,
        copy: (text) => copyText(text),
        printConsent: (concept) => {
          // tabs.create, not window.open: a window opened from this frame (inside the HIS page) starts
          // without extension APIs in Chromium.
          void browser.tabs.create({ url: `${browser.runtime.getURL('/consent.html')}#${token}:${encodeURIComponent(concept)}` });
        },
      }
    : undefined;
  const today = shanghaiIsoOf(new Date()).slice(0, 10);
  return (
    <>
      <VerdictPanel state={state} {...(actions ? { actions } : {})} />
      {state?.patient.kind === 'identifier' ? (
        <ManualResultForm
          index={itemSearchIndex as ItemSearchIndex}
          today={today}
          save={(result) => browser.runtime.sendMessage({ type: 'results/add-manual', panelToken: token, result }) as Promise<ManualResultReply>}
        />
      ) : null}
    </>
  );
}

/** The async clipboard API needs the iframe's `allow` and a focused document; fall back to execCommand. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<PanelPage />);
