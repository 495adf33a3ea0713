// The body shared by the in-page panel and the side panel: with a screen's token it can decide (the
// side panel got decision buttons this way); without one it only informs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { PanelState } from '../../lib/messaging/protocol.ts';
import { kneeVerdict } from './fixtures/knee-verdict.ts';

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

const state: PanelState = {
  updatedAt: '2026-11-23T08:00:00.000Z',
  adapterId: 'training-his-order-entry',
  alertMode: 'forced-choice',
  generic: false,
  decisions: {},
  canInsertNote: true,
  patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p1' },
  patientLabel: '张三 男 65岁',
  verdicts: [verdict],
  priors: {
    'demo-1': { id: 'demo-1', itemName: '左膝关节MR平扫', performedAt: '2026-11-03T10:20:00+08:00', institutionName: '四川大学华西医院', institutionLevel: '三级', mark: '川渝HR' },
  },
};

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

  it('only informs without a token (no screen to act on)', () => {
    render(<Harness token={undefined} />);
    expect(screen.queryByRole('button', { name: '互认（采用外院结果）' })).toBeNull();
    expect(screen.getByText(/四川大学华西医院/)).toBeTruthy();
  });
});
