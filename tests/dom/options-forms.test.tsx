import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SettingsForm } from '../../components/settings-form.tsx';
import { ManualResultForm } from '../../components/manual-result-form.tsx';
import { DeploymentPanel } from '../../components/deployment-panel.tsx';
import { TRAINING_SETTINGS } from '../../lib/background/deployment-settings.ts';
import index from '../../catalogs/item-search-index.json' with { type: 'json' };
import type { ItemSearchIndex } from '../../lib/catalog/item-search.ts';

afterEach(cleanup);

describe('hospital settings form', () => {
  it('says when it still runs on the training defaults, and shows refusals with the field', async () => {
    const save = vi.fn(async () => ({ ok: false, errors: [{ field: 'orderingInstitution.name', message: 'Too small' }] }));
    render(<SettingsForm load={async () => ({ settings: TRAINING_SETTINGS, source: 'training-default', errors: [] })} save={save} />);
    expect(await screen.findByText(/尚未保存本院设置/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('本院名称'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('医院等级'), { target: { value: '二级' } });
    fireEvent.click(screen.getByLabelText(/未选择前暂停提交申请/));
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect((await screen.findByRole('alert')).textContent).toContain('orderingInstitution.name：Too small');
    expect(save).toHaveBeenCalledWith({ ...TRAINING_SETTINGS, orderingInstitution: { ...TRAINING_SETTINGS.orderingInstitution, name: '', level: '二级' }, alertMode: 'block' });
  });
});

describe('manual entry of a paper result', () => {
  it('autocompletes by pinyin initials and sends a complete record', async () => {
    const save = vi.fn(async () => ({ ok: true }));
    render(<ManualResultForm index={index as ItemSearchIndex} today="2026-11-24" save={save} />);
    fireEvent.click(screen.getByRole('button', { name: '补录患者带来的外院结果' }));
    fireEvent.change(screen.getByPlaceholderText(/拼音首字母/), { target: { value: 'XHDB' } });
    fireEvent.click(screen.getAllByRole('option')[0]!.querySelector('button')!);
    fireEvent.change(screen.getByLabelText('检查/采样日期'), { target: { value: '2026-11-22' } });
    fireEvent.change(screen.getByLabelText('检查机构'), { target: { value: '四川省人民医院' } });
    fireEvent.change(screen.getByLabelText('结果'), { target: { value: '128' } });
    fireEvent.change(screen.getByLabelText('单位'), { target: { value: 'g/L' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith({
        itemName: '血红蛋白 (Hb)',
        performedAt: '2026-11-22',
        institution: { name: '四川省人民医院', level: '三级', region: 'sichuan', ownership: 'public' },
        mark: '川渝HR',
        result: null,
        value: '128',
        unit: 'g/L',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toContain('已补录');
  });

  it('asks for the institution before sending anything', () => {
    const save = vi.fn();
    render(<ManualResultForm index={index as ItemSearchIndex} today="2026-11-24" save={save} />);
    fireEvent.click(screen.getByRole('button', { name: '补录患者带来的外院结果' }));
    fireEvent.change(screen.getByPlaceholderText(/拼音首字母/), { target: { value: '血红蛋白' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toContain('请填写检查机构');
    expect(save).not.toHaveBeenCalled();
  });
});

describe('deployment bundle from enterprise policy', () => {
  const base = {
    check: () => ({ ok: true as const, origins: [], summary: '' }),
    apply: async () => ({ ok: true, errors: [] }),
    exportCurrent: async () => undefined,
  };

  it('says why the policy bundle is not in force, grants its origins in the click and applies it', async () => {
    const requestAccess = vi.fn(async () => true);
    const applyManaged = vi.fn(async () => ({ ok: true, errors: [] }));
    render(
      <DeploymentPanel
        {...base}
        requestAccess={requestAccess}
        managed={{
          status: { ok: false, errors: [{ field: 'hisOrigins', message: '尚未获得这些 HIS 地址的访问授权' }], at: '2026-12-02T08:00:00.000Z' },
          origins: ['http://his.example.org/*'],
          applyManaged,
        }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('hisOrigins：尚未获得这些 HIS 地址的访问授权');
    fireEvent.click(screen.getByRole('button', { name: '授权 HIS 地址并启用策略部署包' }));
    await waitFor(() => expect(applyManaged).toHaveBeenCalledTimes(1));
    expect(requestAccess).toHaveBeenCalledWith(['http://his.example.org/*']);
    expect((await screen.findByRole('status')).textContent).toContain('已于');
  });

  it('does not apply when the origins are refused, and says so', async () => {
    const applyManaged = vi.fn(async () => ({ ok: true, errors: [] }));
    render(
      <DeploymentPanel
        {...base}
        requestAccess={async () => false}
        managed={{ status: { ok: false, errors: [{ field: 'hisOrigins', message: 'x' }], at: '' }, origins: ['http://his.example.org/*'], applyManaged }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '授权 HIS 地址并启用策略部署包' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('未获得 HIS 地址的访问授权'));
    expect(applyManaged).not.toHaveBeenCalled();
  });

  it('says when a bundle loaded by hand is in force instead, and offers to apply the policy one', async () => {
    const applyManaged = vi.fn(async () => ({ ok: true, errors: [] }));
    render(
      <DeploymentPanel
        {...base}
        requestAccess={async () => true}
        managed={{ status: { ok: false, errors: [], at: '', superseded: true }, origins: [], applyManaged }}
      />,
    );
    expect(screen.getByText(/本机现用手动导入的部署包/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '授权 HIS 地址并启用策略部署包' }));
    await waitFor(() => expect(applyManaged).toHaveBeenCalledTimes(1));
  });
});
