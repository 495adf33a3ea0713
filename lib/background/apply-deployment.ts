// Applies a deployment bundle on this workstation: settings into the store, the department's screen
// adapters into extension storage (content scripts read them from there, never from the page), and
// a registered content script for every HIS origin the bundle names. Host permission for those
// origins is requested by the options page (it needs the user's click) before this runs.
import { originMatchPatterns, parseDeploymentBundle, type DeploymentBundle } from '../config/deployment-bundle.ts';
import type { HrDatabase } from '../store/hr-database.ts';
import { saveSettings } from './settings-store.ts';
import { STORAGE_KEYS } from '../config/storage-keys.ts';

export { STORAGE_KEYS };

/** Origins the manifest's own content script already covers (the training HIS on loopback). */
export const BUILT_IN_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const DEPLOYMENT_SCRIPT_ID = 'his-deployment';

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  /** Chrome 119+: also frames whose URL is about:blank, about:srcdoc, blob: or data: inside a matched page. */
  matchOriginAsFallback?: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
}
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export async function applyDeployment(
  text: string,
  deps: { db: HrDatabase; storage: StorageArea; scripting: ScriptingApi; permissions: PermissionsApi; now: Date },
): Promise<{ ok: boolean; errors: { field: string; message: string }[] }> {
  const parsed = parseDeploymentBundle(text);
  if (!parsed.ok) return parsed;
  const { bundle } = parsed;
  const matches = originMatchPatterns(bundle.hisOrigins).filter((pattern) => !BUILT_IN_MATCHES.includes(pattern));
  if (matches.length > 0 && !(await deps.permissions.contains({ origins: matches }))) {
    return { ok: false, errors: [{ field: 'hisOrigins', message: '尚未获得这些 HIS 地址的访问授权，请在弹出的授权框中允许。' }] };
  }
  const saved = await saveSettings(deps.db, bundle.settings, deps.now);
  if (!saved.ok) return saved;
  await deps.storage.set({ [STORAGE_KEYS.adapters]: bundle.adapters, [STORAGE_KEYS.origins]: bundle.hisOrigins });
  // The bundle is the list in force: it replaces the revocations of the previous bundle.
  await deps.db.transaction('rw', deps.db.qcRevocations, async () => {
    await deps.db.qcRevocations.clear();
    await deps.db.qcRevocations.bulkAdd(bundle.qcRevocations ?? []);
  });
  const registered = await deps.scripting.getRegisteredContentScripts({ ids: [DEPLOYMENT_SCRIPT_ID] });
  if (registered.length > 0) await deps.scripting.unregisterContentScripts({ ids: [DEPLOYMENT_SCRIPT_ID] });
  if (matches.length > 0) await registerHisScript(deps.scripting, matches);
  return { ok: true, errors: [] };
}

/** The bundle in force, for rolling it out to the next workstation. */
export async function currentDeployment(deps: { db: HrDatabase; storage: StorageArea; settings: DeploymentBundle['settings'] }): Promise<DeploymentBundle> {
  const stored = await deps.storage.get([STORAGE_KEYS.adapters, STORAGE_KEYS.origins]);
  const revocations = await deps.db.qcRevocations.toArray();
  return {
    qcRevocations: revocations.map(({ id: _id, ...revocation }) => revocation),
    format: 'hr-assistant-deployment',
    version: 1,
    settings: deps.settings,
    hisOrigins: (stored[STORAGE_KEYS.origins] as string[] | undefined) ?? [],
    adapters: (stored[STORAGE_KEYS.adapters] as DeploymentBundle['adapters'] | undefined) ?? [],
  };
}

/**
 * Grids written by script into an iframe with no address (about:blank, about:srcdoc) are common in
 * old HIS dialogs; the manifest's own entry reaches them with matchAboutBlank, a registered script
 * only with matchOriginAsFallback, which Chrome knows from 119. Older cores refuse the unknown
 * property: they get the script without it (those frames are then read only through an adapter of
 * their parent frame).
 */
async function registerHisScript(scripting: ScriptingApi, matches: string[]): Promise<void> {
  const script = hisContentScript(matches);
  try {
    await scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]);
  } catch (error) {
    if (!String(error).includes('matchOriginAsFallback')) throw error;
    await scripting.registerContentScripts([script]);
  }
}

/** The deployment's content script for its HIS origins (without the Chrome 119+ option). */
export function hisContentScript(matches: string[]): RegisteredScript {
  return { id: DEPLOYMENT_SCRIPT_ID, matches, js: ['content-scripts/his.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true };
}
