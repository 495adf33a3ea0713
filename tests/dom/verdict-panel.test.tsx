import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { VerdictPanel } from '../../components/verdict-panel.tsx';
import { kneeVerdict } from './fixtures/knee-verdict.ts';
import type { PanelState } from '../../lib/messaging/protocol.ts';

const state: PanelState = {
  updatedAt: '2026-11-23T08:00:00.000Z',
  adapterId: 'training-his-order-entry',
  alertMode: 'forced-choice',
  generic: false,
  decisions: {},
  canInsertNote: true,
  patient: { kind: 'identifier', idKind: 'hisPatientId', patientKey: 'p1' },
  patientLabel: '张三 男 65岁',
  verdicts: [kneeVerdict, { ...kneeVerdict, order: '心电图', status: 'unmatched', items: [] }],
  priors: {
    'demo-1': {
      id: 'demo-1',
      itemName: '左膝关节MR平扫',
      performedAt: '2026-11-03T10:20:00+08:00',
      institutionName: '四川大学华西医院',
      institutionLevel: '三级',
      mark: '川渝HR',
      archiveNo: 'MR2026110301',
    },
  },
};

afterEach(cleanup);

describe('verdict panel', () => {
  it('shows the prior result, the days left and the clause for a required item', () => {
    render(<VerdictPanel state={state} />);
    const card = screen.getByRole('region', { name: '左侧膝关节磁共振平扫成像' });
    expect(within(card).getAllByText('应予互认')).toHaveLength(2); // the order and its one item
    expect(within(card).getByText('四川大学华西医院（三级）')).toBeTruthy();
    expect(within(card).getByText('川渝HR')).toBeTruthy();
    expect(within(card).getByText('MR2026110301')).toBeTruthy();
    expect(within(card).getByText('互认期剩余 69 天')).toBeTruthy();
    expect(within(card).getByText('依据：川渝互认规则 二')).toBeTruthy();
  });

  it('does not show unmatched orders, and says how the patient was identified', () => {
    render(<VerdictPanel state={state} />);
    expect(screen.queryByRole('region', { name: '心电图' })).toBeNull();
    expect(screen.getByText(/患者已按门诊号\/病历号核对/)).toBeTruthy();
  });

  it('says loudly when the patient cannot be identified', () => {
    render(<VerdictPanel state={{ ...state, patient: { kind: 'none', reason: 'no-identifier' }, verdicts: [] }} />);
    expect(screen.getByRole('alert').textContent).toContain('不会按姓名套用');
  });

  it('distinguishes loading from a missing state', () => {
    const { rerender } = render(<VerdictPanel state={undefined} />);
    expect(screen.getByText('正在读取互认结果…')).toBeTruthy();
    rerender(<VerdictPanel state={null} />);
    expect(screen.getByText(/没有找到本界面的互认结果/)).toBeTruthy();
  });
});

describe('verdict panel with repeated orders', () => {
  it('shows one card per distinct order name', () => {
    render(<VerdictPanel state={{ ...state, verdicts: [kneeVerdict, kneeVerdict, kneeVerdict] }} />);
    expect(screen.getAllByRole('region', { name: '左侧膝关节磁共振平扫成像' })).toHaveLength(1);
  });
});
