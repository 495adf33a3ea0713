// The body shared by the in-page panel and the side panel: with a screen's token it can decide (the
// side panel got decision buttons this way); without one it only informs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { PanelState } from '../../lib/messaging/protocol.ts';
import { kneeVerdict } from './fixtures/knee-verdict.ts';
import { panelState } from './fixtures/panel-state.ts';

const sent: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: vi.fn(async (message: { type: string }) => {
        sent.push(message);
        if (message.type === 'decision/record') {
          return { ok: true, decision: { choice: 'accept', recordText: '互认记录', missing: [], decidedAt: '2026-11-23T09:00:00+08:00' } };
        }
        return { ok: true };
      }),
      getURL: (path: string) => `chrome-extension://test${path}`,
    },
    tabs: { create: vi.fn() },
  },
}));

const { PanelBody } = await import('../../components/panel-body.tsx');

const verdict = kneeVerdict;

const state: PanelState = panelState({
  verdicts: [verdict],
  priors: {
    'demo-1': { id: 'demo-1', itemName: '左膝关节MR平扫', performedAt: '2026-11-03T10:20:00+08:00', institutionName: '四川大学华西医院', institutionLevel: '三级', mark: '川渝HR' },
  },
});

function Harness({ token }: { token: string | undefined }) {
  const [current, setCurrent] = useState<PanelState | null | undefined>(state);
  return <PanelBody token={token} state={current} setState={setCurrent} />;
}

afterEach(() => {
  cleanup();
  sent.length = 0;
});

describe('panel body', () => {
  it('records a choice for the screen its token names, and shows it as made', async () => {
    render(<Harness token="abcdefghijklmnop1234" />);
    fireEvent.click(screen.getByRole('button', { name: '互认（采用外院结果）' }));
    await waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'decision/record', panelToken: 'abcdefghijklmnop1234', patientKey: 'p1', orderIndex: 0, choice: 'accept', concepts: ['img:MR:knee:left:plain:'] })));
    await waitFor(() => expect(screen.queryByRole('button', { name: '互认（采用外院结果）' })).toBeNull());
  });

  it('a half-filled re-test form never carries over to another screen or another patient', () => {
    const other: PanelState = { ...state, patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p2' }, patientLabel: '李四 女 40岁' };
    const { rerender } = render(<PanelBody token="abcdefghijklmnop1234" state={state} setState={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: '不互认，需复查' }));
    fireEvent.change(screen.getByLabelText('例外情形'), { target: { value: 'condition-changed' } });
    fireEvent.click(screen.getByLabelText('已向患者或家属充分告知，其同意复查'));
    // The side panel moved to another tab: same order at the same place, another screen.
    rerender(<PanelBody token="qrstuvwxyz0123456789" state={state} setState={vi.fn()} />);
    expect(screen.queryByLabelText('已向患者或家属充分告知，其同意复查')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '不互认，需复查' }));
    expect((screen.getByLabelText('已向患者或家属充分告知，其同意复查') as HTMLInputElement).checked).toBe(false);
    // The same screen now shows another patient.
    rerender(<PanelBody token="qrstuvwxyz0123456789" state={other} setState={vi.fn()} />);
    expect(screen.queryByLabelText('例外情形')).toBeNull();
  });

  it('a choice answered after the screen moved on to another patient is not shown on that patient', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { browser } = await import('wxt/browser');
    vi.mocked(browser.runtime.sendMessage).mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const other: PanelState = { ...state, patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p2' }, patientLabel: '李四 女 40岁' };
    let setCurrent: (next: PanelState) => void = () => undefined;
    function Switching() {
      const [current, set] = useState<PanelState | null | undefined>(state);
      setCurrent = set;
      return <PanelBody token="abcdefghijklmnop1234" state={current} setState={set} />;
    }
    render(<Switching />);
    fireEvent.click(screen.getByRole('button', { name: '互认（采用外院结果）' }));
    await act(async () => setCurrent(other));
    await act(async () => answer({ ok: true, decision: { choice: 'accept', recordText: '互认记录', missing: [], decidedAt: '2026-11-23T09:00:00+08:00' } }));
    expect(screen.getByText(/李四/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '互认（采用外院结果）' })).toBeTruthy();
  });

  it('only informs without a token (no screen to act on)', () => {
    render(<Harness token={undefined} />);
    expect(screen.queryByRole('button', { name: '互认（采用外院结果）' })).toBeNull();
    expect(screen.getByText(/四川大学华西医院/)).toBeTruthy();
  });
});
