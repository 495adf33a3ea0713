import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { VerdictPanel } from '../../components/verdict-panel.tsx';
import type { PanelActions } from '../../components/order-verdict-card.tsx';
import { kneeVerdict } from './fixtures/knee-verdict.ts';
import { panelState } from './fixtures/panel-state.ts';
import type { IdentityOffer, PanelState } from '../../lib/messaging/protocol.ts';

const offer: IdentityOffer = {
  scope: 's1',
  candidates: [
    {
      patientKey: 'p1',
      name: '张建国',
      sex: '男',
      birthDate: '1960-03-02',
      identifiers: [{ kind: 'idCard', masked: '5101**********0011' }],
      resultCount: 2,
    },
  ],
  tooMany: false,
  preview: true,
};
const optionalKnee = { ...kneeVerdict, status: 'optional' as const, items: kneeVerdict.items.map((item) => ({ ...item, status: 'optional' as const })) };

const state: PanelState = panelState({
  patient: { kind: 'none', reason: 'no-identifier' },
  patientLabel: '张建国 男 66岁',
  identity: offer,
  verdicts: [optionalKnee],
});

function actions(answerIdentity: PanelActions['answerIdentity']): PanelActions {
  return { canInsertNote: true, decide: vi.fn(), insertNote: vi.fn(), copy: vi.fn(), printConsent: vi.fn(), ...(answerIdentity ? { answerIdentity } : {}) };
}

afterEach(cleanup);

describe('identity check in the panel', () => {
  it('shows the candidate with birth date and masked identifier, and no choice until the patient is confirmed', () => {
    render(<VerdictPanel state={state} actions={actions(vi.fn())} />);
    const check = screen.getByRole('region', { name: '请核对患者身份' });
    expect(check.textContent).toContain('1960-03-02 出生');
    expect(check.textContent).toContain('身份证号 5101**********0011');
    expect(check.textContent).toContain('外院结果 2 项');
    expect(check.textContent).toContain('核实身份之前只作酌情参考');
    expect(screen.queryByRole('button', { name: '撤销身份核对（不是此患者）' })).toBeNull();
    // The order's card is shown, but without 互认 / 不互认 buttons.
    const card = screen.getByRole('region', { name: kneeVerdict.order });
    expect(within(card).queryByRole('button', { name: /^互认/ })).toBeNull();
    expect(screen.queryByText(/请对每个“应予互认”的项目选择/)).toBeNull();
  });

  it('sends the doctor’s answer for the candidate, and says so when it was not stored', async () => {
    const answer = vi.fn(async () => ({ ok: false, error: '开单界面上的患者已变化，本次核对未保存，请按当前界面重新核对。' }));
    render(<VerdictPanel state={state} actions={actions(answer)} />);
    fireEvent.click(screen.getByRole('button', { name: '核对无误，是此患者' }));
    expect(answer).toHaveBeenCalledWith('p1', true, 's1');
    const check = screen.getByRole('region', { name: '请核对患者身份' });
    await waitFor(() => expect(within(check).getByRole('alert').textContent).toContain('本次核对未保存'));
    fireEvent.click(screen.getByRole('button', { name: '不是此患者' }));
    await waitFor(() => expect(answer).toHaveBeenLastCalledWith('p1', false, 's1'));
  });

  it('too many fit: asks for an identifier, offers nobody', () => {
    render(<VerdictPanel state={{ ...state, identity: { candidates: [], tooMany: true, preview: false, scope: 's1' }, verdicts: [] }} actions={actions(vi.fn())} />);
    expect(screen.getByRole('region', { name: '请核对患者身份' }).textContent).toContain('不能按姓名核对');
    expect(screen.queryByRole('button', { name: '核对无误，是此患者' })).toBeNull();
  });

  it('a confirmed patient: says how, the choices are back, and the confirmation can be taken back', async () => {
    const answer = vi.fn(async () => ({ ok: true }));
    render(
      <VerdictPanel
        state={{ ...state, identity: undefined, identityScope: 's2', patient: { kind: 'confirmed', patientKey: 'p1' }, verdicts: [kneeVerdict] } as PanelState}
        actions={actions(answer)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '撤销身份核对（不是此患者）' }));
    await waitFor(() => expect(answer).toHaveBeenCalledWith('p1', false, 's2'));
    expect(screen.getByText(/患者身份已由医生按姓名、性别、年龄及出生日期核对确认/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: '请核对患者身份' })).toBeNull();
    expect(within(screen.getByRole('region', { name: kneeVerdict.order })).getByRole('button', { name: /^互认/ })).toBeTruthy();
  });

  it('an identifier the store does not know: says so without claiming there is no record at all', () => {
    render(<VerdictPanel state={{ ...state, patient: { kind: 'none', reason: 'not-found' } }} actions={actions(vi.fn())} />);
    expect(screen.getByText(/按界面上的患者标识，本机没有找到外院结果记录/)).toBeTruthy();
    expect(screen.queryByText(/本机没有该患者的外院结果记录/)).toBeNull();
  });
});
