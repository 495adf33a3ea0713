import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DecisionControls, type DecisionControlsProps } from '../../components/decision-controls.tsx';
import type { DecisionReply, DecisionSummary } from '../../lib/messaging/protocol.ts';

afterEach(cleanup);

const overrideReasons: DecisionControlsProps['overrideReasons'] = [
  { code: 'condition-changed', display: '病情变化/结果与临床不符', clause: '川渝互认规则 四.1' },
  { code: 'patient-request', display: '患者或家属要求复查', clause: '川渝互认规则 四.5' },
  { code: 'other', display: '其他情形确需复查', clause: '川渝互认规则 四.7' },
];

function setup(overrides: Partial<DecisionControlsProps> = {}) {
  const stored: DecisionSummary = { choice: 'accept', recordText: '互认记录……', missing: [], decidedAt: '2026-11-24T09:00:00+08:00' };
  const onDecide = vi.fn(async (): Promise<DecisionReply> => ({ ok: true, decision: stored }));
  const props: DecisionControlsProps = {
    itemName: '左侧膝关节 MR 平扫',
    overrideReasons,
    decision: undefined,
    canInsertNote: true,
    onDecide,
    onInsertNote: vi.fn(async () => ({ ok: true })),
    onCopy: vi.fn(async () => undefined),
    onPrintConsent: vi.fn(),
    ...overrides,
  };
  return { props, onDecide, ...render(<DecisionControls {...props} />) };
}

describe('decision controls', () => {
  it('accepts with one click', async () => {
    const { onDecide } = setup();
    fireEvent.click(screen.getByRole('button', { name: '互认（采用外院结果）' }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith({ choice: 'accept' }));
  });

  it('a re-test needs an exception or a reason, and the consent box, before anything is sent', async () => {
    const { onDecide } = setup();
    fireEvent.click(screen.getByRole('button', { name: '不互认，需复查' }));
    fireEvent.click(screen.getByRole('button', { name: '确认并记录' }));
    expect(screen.getByRole('alert').textContent).toContain('请选择例外情形或填写复查原因');
    fireEvent.change(screen.getByLabelText('例外情形'), { target: { value: 'condition-changed' } });
    fireEvent.click(screen.getByRole('button', { name: '确认并记录' }));
    expect(screen.getByRole('alert').textContent).toContain('请确认已告知患者或家属');
    expect(onDecide).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('已向患者或家属充分告知，其同意复查'));
    fireEvent.click(screen.getByRole('button', { name: '确认并记录' }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith({ choice: 'retest', exception: 'condition-changed', informed: { party: 'patient' } }));
  });

  it('"other" needs a written reason; family details are sent with the refusal', async () => {
    const { onDecide } = setup();
    fireEvent.click(screen.getByRole('button', { name: '患者/家属拒绝复查' }));
    fireEvent.change(screen.getByLabelText('例外情形'), { target: { value: 'other' } });
    fireEvent.click(screen.getByLabelText('已向患者或家属充分告知，其不同意复查并将签字'));
    fireEvent.click(screen.getByRole('button', { name: '确认并记录' }));
    expect(screen.getByRole('alert').textContent).toContain('填写复查原因');
    fireEvent.change(screen.getByLabelText('复查原因（选“其他情形”时必填）'), { target: { value: '术前需当日结果' } });
    fireEvent.click(screen.getByLabelText('家属'));
    fireEvent.change(screen.getByLabelText('家属姓名'), { target: { value: '张小明' } });
    fireEvent.change(screen.getByLabelText('与患者关系'), { target: { value: '儿子' } });
    fireEvent.click(screen.getByRole('button', { name: '确认并记录' }));
    await waitFor(() =>
      expect(onDecide).toHaveBeenCalledWith({
        choice: 'patient-declines',
        exception: 'other',
        reasonDetail: '术前需当日结果',
        informed: { party: 'family', name: '张小明', relation: '儿子' },
      }),
    );
  });

  it('shows the background refusal and keeps the choice open', async () => {
    setup({ onDecide: vi.fn(async () => ({ ok: false, error: '未识别患者身份，不能记录互认决定。' })) });
    fireEvent.click(screen.getByRole('button', { name: '互认（采用外院结果）' }));
    expect((await screen.findByRole('alert')).textContent).toContain('未识别患者身份');
    expect(screen.getByRole('button', { name: '互认（采用外院结果）' })).toBeTruthy();
  });

  it('once decided shows the record text with insert, copy and (for a re-test) print', async () => {
    const decision: DecisionSummary = { choice: 'retest', exception: 'condition-changed', recordText: '经患者或家属同意……', missing: ['档案号'], decidedAt: '2026-11-24T09:00:00+08:00' };
    const { props } = setup({ decision });
    expect(screen.getByRole('status').textContent).toContain('已记录：不互认');
    expect(screen.getByText(/记录缺少：档案号/)).toBeTruthy();
    expect((screen.getByLabelText('病历记录文本') as HTMLTextAreaElement).value).toBe('经患者或家属同意……');
    fireEvent.click(screen.getByRole('button', { name: '写入申请备注' }));
    await waitFor(() => expect(props.onInsertNote).toHaveBeenCalledWith('经患者或家属同意……'));
    expect(await screen.findByText('已写入申请备注')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '打印知情同意书' }));
    expect(props.onPrintConsent).toHaveBeenCalled();
  });

  it('offers no print for an acceptance and no insert where the screen has no note field', () => {
    setup({ decision: { choice: 'accept', recordText: 'x', missing: [], decidedAt: '2026-11-24T09:00:00+08:00' }, canInsertNote: false });
    expect(screen.queryByRole('button', { name: '打印知情同意书' })).toBeNull();
    expect(screen.queryByRole('button', { name: '写入申请备注' })).toBeNull();
    expect(screen.getByRole('button', { name: '复制' })).toBeTruthy();
  });
});
