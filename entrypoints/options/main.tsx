// Options page for IT staff and trainers: load prior results onto this workstation.
import { createRoot } from 'react-dom/client';
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ImportPanel } from '../../components/import-panel.tsx';
import { SettingsForm, type SettingsFormProps } from '../../components/settings-form.tsx';
import type { ImportReply, StoreStats } from '../../lib/messaging/protocol.ts';
import './options.css';

const loadSettings: SettingsFormProps['load'] = () => browser.runtime.sendMessage({ type: 'settings/get' }) as ReturnType<SettingsFormProps['load']>;
const saveSettings: SettingsFormProps['save'] = (settings) =>
  browser.runtime.sendMessage({ type: 'settings/save', settings }) as ReturnType<SettingsFormProps['save']>;

function OptionsPage() {
  const [stats, setStats] = useState<StoreStats | undefined>();
  const refresh = useCallback(() => {
    void browser.runtime.sendMessage({ type: 'store/stats' }).then((reply) => setStats(reply as StoreStats));
  }, []);
  useEffect(refresh, [refresh]);
  const importFile = async (fileName: string, text: string) => {
    const reply = (await browser.runtime.sendMessage({ type: 'store/import', fileName, text })) as ImportReply;
    refresh();
    return reply;
  };
  return (
    <main>
      <h1>检查检验结果互认助手</h1>
      <SettingsForm load={loadSettings} save={saveSettings} />
      <ImportPanel importFile={importFile} stats={stats} />
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsPage />);
