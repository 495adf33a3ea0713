// Options page for IT staff and trainers: load prior results onto this workstation.
import { createRoot } from 'react-dom/client';
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ImportPanel, type ImportPanelProps } from '../../components/import-panel.tsx';
import { openHrDatabase } from '../../lib/store/hr-database.ts';
import { importFileIntoStore } from '../../lib/store/import-file-into-store.ts';
import { MaintenancePanel, type MaintenancePanelProps } from '../../components/maintenance-panel.tsx';
import { erasePatient, exportStore, purgeExpired } from '../../lib/store/maintenance.ts';
import { findPatientByIdentifiers } from '../../lib/store/find-patient.ts';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { DEPLOYMENT_TEXT, FIGURES_TEXT, MAINTENANCE_TEXT, OPTIONS_TEXT } from '../../lib/ui-text.ts';
import { DeploymentPanel, type DeploymentPanelProps, type ManagedBundleView } from '../../components/deployment-panel.tsx';
import { MANAGED_STATUS_KEY, managedArea, readManagedBundle, type ManagedDeploymentStatus } from '../../lib/background/managed-deployment.ts';
import { MonthlyFiguresTable } from '../../components/monthly-figures-table.tsx';
import { monthlyFigures, monthlyFiguresCsv, type MonthFigures } from '../../lib/reports/monthly-figures.ts';
import { EXCEPTION_LABEL } from '../../lib/rules/rule-texts.ts';
import { originMatchPatterns, parseDeploymentBundle } from '../../lib/config/deployment-bundle.ts';
import { BUILT_IN_MATCHES } from '../../lib/background/apply-deployment.ts';
import { SettingsForm, type SettingsFormProps } from '../../components/settings-form.tsx';
import type { StoreStats } from '../../lib/messaging/protocol.ts';
import './options.css';

// The options page is an extension page: it may open the store itself (same origin as the background).
const db = openHrDatabase();

const loadSettings: SettingsFormProps['load'] = () => browser.runtime.sendMessage({ type: 'settings/get' }) as ReturnType<SettingsFormProps['load']>;
const saveSettings: SettingsFormProps['save'] = (settings) =>
  browser.runtime.sendMessage({ type: 'settings/save', settings }) as ReturnType<SettingsFormProps['save']>;

const maintenance: MaintenancePanelProps = {
  async exportAll() {
    const file = await exportStore(db, new Date());
    download(MAINTENANCE_TEXT.exportFileName(file.exportedAt.slice(0, 10)), JSON.stringify(file));
  },
  async erasePatient(kind, value) {
    const found = await findPatientByIdentifiers(db, { [kind]: value });
    if (found.kind !== 'identifier') return { ok: false, message: MAINTENANCE_TEXT.notFound };
    const counts = await erasePatient(db, found.patientKey);
    return { ok: true, message: MAINTENANCE_TEXT.erased(counts.results, counts.decisions) };
  },
  async purgeNow() {
    const counts = await purgeExpired(db, builtinCatalogSet, (name, set) => matchOrderName(name, set), new Date());
    return MAINTENANCE_TEXT.purged(counts.results, counts.patients);
  },
};

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const deployment: DeploymentPanelProps = {
  check(text) {
    const parsed = parseDeploymentBundle(text);
    if (!parsed.ok) return parsed;
    const { bundle } = parsed;
    return {
      ok: true,
      origins: originMatchPatterns(bundle.hisOrigins).filter((pattern) => !BUILT_IN_MATCHES.includes(pattern)),
      summary: DEPLOYMENT_TEXT.summary(bundle.hisOrigins.length, bundle.adapters.length, bundle.settings.orderingInstitution.name),
    };
  },
  requestAccess: (origins) => browser.permissions.request({ origins }),
  apply: (text) => browser.runtime.sendMessage({ type: 'deployment/apply', text }) as ReturnType<DeploymentPanelProps['apply']>,
  async exportCurrent() {
    const bundle = await browser.runtime.sendMessage({ type: 'deployment/get' });
    download(DEPLOYMENT_TEXT.exportFileName, JSON.stringify(bundle, null, 2));
  },
};

/** The bundle enterprise policy holds, if any, and the background's last attempt at it. */
async function loadManagedView(): Promise<ManagedBundleView | undefined> {
  const value = await readManagedBundle(managedArea(browser.storage));
  if (value === undefined || value === '') return undefined;
  const stored = await browser.storage.local.get(MANAGED_STATUS_KEY);
  const checked = typeof value === 'string' ? deployment.check(value) : undefined;
  return {
    status: stored[MANAGED_STATUS_KEY] as ManagedDeploymentStatus | undefined,
    origins: checked?.ok ? checked.origins : [],
    applyManaged: () => browser.runtime.sendMessage({ type: 'deployment/apply-managed' }) as ReturnType<ManagedBundleView['applyManaged']>,
  };
}

const loadFigures = async (): Promise<MonthFigures[]> => monthlyFigures(await db.decisions.toArray());
const downloadFigures = (rows: MonthFigures[]) => download(FIGURES_TEXT.csvFileName, monthlyFiguresCsv(rows, EXCEPTION_LABEL));

function OptionsPage() {
  const [stats, setStats] = useState<StoreStats | undefined>();
  const refresh = useCallback(() => {
    void browser.runtime.sendMessage({ type: 'store/stats' }).then((reply) => setStats(reply as StoreStats));
  }, []);
  useEffect(refresh, [refresh]);
  const [managed, setManaged] = useState<ManagedBundleView | undefined>();
  useEffect(() => {
    void loadManagedView().then(setManaged, () => undefined);
  }, []);
  const importFile: ImportPanelProps['importFile'] = async (fileName, bytes, localPatientNumbers, onProgress) => {
    const reply = await importFileIntoStore(db, fileName, bytes, { localPatientNumbers }, onProgress);
    refresh();
    return reply;
  };
  return (
    <main>
      <h1>{OPTIONS_TEXT.title}</h1>
      <DeploymentPanel {...deployment} managed={managed} />
      <SettingsForm load={loadSettings} save={saveSettings} />
      <ImportPanel importFile={importFile} stats={stats} />
      <MonthlyFiguresTable load={loadFigures} downloadCsv={downloadFigures} />
      <MaintenancePanel {...maintenance} />
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsPage />);
