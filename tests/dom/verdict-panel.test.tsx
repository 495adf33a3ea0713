import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { VerdictPanel } from '../../components/verdict-panel.tsx';
import { kneeVerdict } from './fixtures/knee-verdict.ts';
import { panelState } from './fixtures/panel-state.ts';
import type { PanelState, PriorDisplay } from '../../lib/messaging/protocol.ts';
import { evaluate } from '../../lib/rules/evaluate.ts';
import { parseEvaluateRequest } from '../../lib/rules/parse-request.ts';
import hbvMixed from '../golden/scenarios/024-panel-hbv-mixed.json' with { type: 'json' };

const state: PanelState = panelState({
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
});

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

  it('a screen read by the generic detector: says it is not configured, and how sure the reading is', () => {
    render(<VerdictPanel state={{ ...state, generic: true, genericConfidence: 0.72, alertMode: 'advice' }} />);
    expect(screen.getByText(/本界面尚未配置，系按自动识别读取/).textContent).toContain('（自动识别把握 72%）');
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

describe('verdict panel: what the warning tells the doctor', () => {
  it('the prior’s value and unit, and the date and time it was done', () => {
    const withValue: PanelState = {
      ...state,
      priors: { 'demo-1': { ...state.priors['demo-1']!, value: '半月板后角撕裂', unit: '' } },
    };
    render(<VerdictPanel state={withValue} />);
    const card = screen.getByRole('region', { name: '左侧膝关节磁共振平扫成像' });
    expect(within(card).getByText('左膝关节MR平扫：半月板后角撕裂')).toBeTruthy();
    expect(within(card).getByText('2026-11-03 10:20')).toBeTruthy();
    expect(within(card).getByText('互认有效至 2027-01-31')).toBeTruthy();
  });

  it('a panel partly covered: says so, and gives each component its own status and prior', () => {
    // A real verdict from the engine (golden scenario 024: 乙肝两对半 with one qualifying, one
    // unmarked, one expired component and two without results).
    const parsed = parseEvaluateRequest(hbvMixed.request);
    if (!parsed.ok) throw new Error('golden 024 no longer parses');
    const verdict = evaluate(parsed.request).verdicts[0]!;
    const priors: Record<string, PriorDisplay> = Object.fromEntries(
      parsed.request.priors.map((prior) => [
        prior.id,
        {
          id: prior.id,
          itemName: prior.itemName,
          performedAt: prior.performedAt,
          institutionName: prior.institution.name,
          institutionLevel: prior.institution.level,
          mark: prior.mark ?? null,
          ...(prior.archiveNo ? { archiveNo: prior.archiveNo } : {}),
        } as PriorDisplay,
      ]),
    );
    render(<VerdictPanel state={{ ...state, verdicts: [verdict], priors }} />);
    const card = screen.getByRole('region', { name: '乙肝两对半' });
    expect(within(card).getByText('套餐部分项目可互认')).toBeTruthy();
    const items = within(card).getAllByRole('listitem').filter((li) => li.hasAttribute('data-status'));
    const shown = items.map((li) => [li.querySelector('.item-head span')?.textContent, li.getAttribute('data-status')]);
    // Components without any result get no card of their own: one line names them.
    expect(shown).toEqual([
      ['乙型肝炎病毒表面抗原 (HBsAg)', 'required'],
      ['抗乙型肝炎病毒表面抗体 (HBsAb)', 'optional'],
      ['乙型肝炎病毒 e 抗原 (HBeAg)', 'not-eligible'],
    ]);
    expect(within(card).getByText('HBsAg')).toBeTruthy();
    expect(within(card).getByText('无互认标识')).toBeTruthy();
    expect(card.querySelector('.without-prior')?.textContent).toBe('本机无外院结果：抗乙型肝炎病毒 e 抗体 (HBeAb)、抗乙型肝炎病毒核心抗体 (HBcAb)');
  });

  it('a single order with no prior names no components (its own card says so)', () => {
    const parsed = parseEvaluateRequest({ ...hbvMixed.request, priors: [] });
    if (!parsed.ok) throw new Error('golden 024 no longer parses');
    const verdict = evaluate(parsed.request).verdicts[0]!;
    render(<VerdictPanel state={{ ...state, verdicts: [verdict, kneeVerdict] }} />);
    expect(document.querySelector('.without-prior')).toBeNull();
  });
});
