// What the in-page panel and the side panel both show for one order screen: the verdicts with the
// decision controls, and the form for a result the patient brought on paper. Both act through the
// background with the screen's panel token (the in-page panel gets it in its URL, the side panel from
// the background for the active tab); only extension pages ever hold it.
import type { Dispatch, SetStateAction } from 'react';
import { browser } from 'wxt/browser';
import { VerdictPanel } from './verdict-panel.tsx';
import type { PanelActions } from './order-verdict-card.tsx';
import { ManualResultForm } from './manual-result-form.tsx';
import type { DecisionReply, IdentityConfirmReply, ManualResultReply, NoteInsertReply, PanelState } from '../lib/messaging/protocol.ts';
import { shanghaiIsoOf } from '../lib/rules/shanghai-calendar.ts';
import itemSearchIndex from '../catalogs/item-search-index.json' with { type: 'json' };
import type { ItemSearchIndex } from '../lib/catalog/item-search.ts';

export interface PanelBodyProps {
  token: string | undefined;
  state: PanelState | null | undefined;
  setState: Dispatch<SetStateAction<PanelState | null | undefined>>;
  /** What to say when there is no state (the side panel on a tab with no order screen). */
  noStateText?: string;
}

export function PanelBody({ token, state, setState, noStateText }: PanelBodyProps) {
  const actions: PanelActions | undefined = state && token ? panelActions(token, state, setState) : undefined;
  const today = shanghaiIsoOf(new Date()).slice(0, 10);
  return (
    <>
      {/* Keyed by the screen and the patient: a half-filled choice (an exception, a consent ticked)
          never carries over to another patient or, in the side panel, to another tab. */}
      <VerdictPanel key={`${token ?? ''}:${state ? patientOf(state) : ''}`} state={state} {...(actions ? { actions } : {})} {...(noStateText ? { noStateText } : {})} />
      {/* Paper results are stored for good: only for a patient tied by an identifier, never for one
          confirmed by name, sex and age for this showing only. */}
      {token && state?.patient.kind === 'identifier' ? (
        <ManualResultForm
          index={itemSearchIndex as ItemSearchIndex}
          today={today}
          save={(result) => browser.runtime.sendMessage({ type: 'results/add-manual', panelToken: token, ...shownPatient(state), result }) as Promise<ManualResultReply>}
        />
      ) : null}
    </>
  );
}

/** The patient this state was shown for: the background refuses a choice if the screen has another now. */
function shownPatient(state: PanelState): { patientKey?: string } {
  return state.patient.kind !== 'none' ? { patientKey: state.patient.patientKey } : {};
}

/** The order as drawn: the background refuses the choice if its grid has another order there now. */
function orderNameAt(state: PanelState, orderIndex: number): { orderName?: string } {
  const order = state.verdicts[orderIndex]?.order;
  return order ? { orderName: order } : {};
}

function patientOf(state: PanelState): string {
  // Unlinked patients differ by what the screen shows of them (two of them may have no identifier).
  return state.patient.kind !== 'none' ? state.patient.patientKey : `none:${state.patient.reason}:${state.patientLabel}`;
}

function panelActions(token: string, state: PanelState, setState: PanelBodyProps['setState']): PanelActions {
  return {
    canInsertNote: state.canInsertNote,
    decide: async (orderIndex, concepts, input) => {
      const reply = (await browser.runtime.sendMessage({ type: 'decision/record', panelToken: token, orderIndex, ...orderNameAt(state, orderIndex), concepts, ...shownPatient(state), ...input })) as DecisionReply;
      if (reply.ok && reply.decision) {
        const decision = reply.decision;
        const decided = Object.fromEntries(concepts.map((concept) => [concept, decision]));
        // Only into the state of the patient it was made for: the screen may show another by now.
        setState((current) => (current && patientOf(current) === patientOf(state) ? { ...current, decisions: { ...current.decisions, ...decided } } : current));
      }
      return reply;
    },
    insertNote: (text) => browser.runtime.sendMessage({ type: 'note/insert', panelToken: token, ...shownPatient(state), text }) as Promise<NoteInsertReply>,
    answerIdentity: (candidateKey, same, scope) =>
      browser.runtime.sendMessage({ type: 'identity/confirm', panelToken: token, candidateKey, same, scope }) as Promise<IdentityConfirmReply>,
    copy: (text) => copyText(text),
    printConsent: (concept) => {
      // tabs.create, not window.open: a window opened from a frame inside the HIS page starts without
      // extension APIs in Chromium.
      void browser.tabs.create({ url: `${browser.runtime.getURL('/consent.html')}#${token}:${encodeURIComponent(concept)}` });
    },
  };
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
