// Deployment settings live in the extension's own Dexie store. Saving validates first and refuses
// invalid settings with the field and the reason; a stored value that no longer validates (e.g.
// after an update) is reported, never silently reset.
import type { HrDatabase } from '../store/hr-database.ts';
import { parseDeploymentSettings, TRAINING_SETTINGS, type DeploymentSettings } from './deployment-settings.ts';

const KEY = 'deployment';

export interface LoadedSettings {
  settings: DeploymentSettings;
  /** `training-default` until IT staff save the hospital's own settings. */
  source: 'saved' | 'training-default' | 'invalid-saved';
  errors: { field: string; message: string }[];
}

export async function loadSettings(db: HrDatabase): Promise<LoadedSettings> {
  const row = await db.settings.get(KEY);
  if (!row) return { settings: TRAINING_SETTINGS, source: 'training-default', errors: [] };
  const parsed = parseDeploymentSettings(row.value);
  if (parsed.ok) return { settings: parsed.settings, source: 'saved', errors: [] };
  // Keep working with the training defaults but say so loudly in the options page.
  return { settings: TRAINING_SETTINGS, source: 'invalid-saved', errors: parsed.errors };
}

export async function saveSettings(db: HrDatabase, raw: unknown, now: Date): Promise<{ ok: boolean; errors: { field: string; message: string }[] }> {
  const parsed = parseDeploymentSettings(raw);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  await db.settings.put({ key: KEY, value: parsed.settings, updatedAt: now.toISOString() });
  return { ok: true, errors: [] };
}
