// The deployment bundle as enterprise policy: IT staff who manage Chrome by policy (Windows group
// policy, `3rdparty` → `extensions` → this extension → `deploymentBundle`) put the bundle's
// JSON text there once, and every workstation applies it when the background starts and whenever
// the policy changes, through the same `applyDeployment` as a file loaded in the options page.
//
// A bundle whose HIS origins the browser has not granted yet is refused by `applyDeployment`
// (permissions can only be asked for in a click): the refusal is kept with its reasons, the options
// page shows it with a button that grants the origins and applies the policy's bundle, and worker
// starts try again. A bundle already applied is not applied again until its text changes, and a
// bundle IT staff load by hand in the options page stays in force (no retry replaces it) until the
// policy's text changes. An empty read changes nothing: Chrome may answer before policy has loaded.

/** The policy key (`public/managed_schema.json`). */
export const MANAGED_BUNDLE_KEY = 'deploymentBundle';
/** Where the outcome of the last attempt is kept (chrome.storage.local). */
export const MANAGED_STATUS_KEY = 'managedDeploymentStatus';

export interface ManagedDeploymentStatus {
  /** SHA-256 (hex) of the policy's bundle text that was tried. */
  digest: string;
  ok: boolean;
  errors: { field: string; message: string }[];
  at: string;
  /** A bundle was loaded by hand after this attempt: it stays in force until the policy's text changes. */
  superseded?: boolean;
}

export interface ManagedDeploymentDeps {
  /** chrome.storage.managed; absent (or failing) where the browser has none. */
  managed: { get(keys: string[]): Promise<Record<string, unknown>> } | undefined;
  local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  apply(text: string): Promise<{ ok: boolean; errors: { field: string; message: string }[] }>;
  digest(text: string): Promise<string>;
  now: Date;
}

export type ManagedOutcome = { kind: 'none' } | { kind: 'unchanged'; status: ManagedDeploymentStatus } | { kind: 'tried'; status: ManagedDeploymentStatus };

/** chrome.storage.managed where the browser has it (not in every type definition, nor every browser). */
export function managedArea(storage: unknown): ManagedDeploymentDeps['managed'] {
  return (storage as { managed?: ManagedDeploymentDeps['managed'] }).managed;
}

/** Reads the policy's value for the bundle, if any (`applyManagedDeployment` refuses a non-string). */
export async function readManagedBundle(managed: ManagedDeploymentDeps['managed']): Promise<unknown> {
  if (!managed) return undefined;
  try {
    return (await managed.get([MANAGED_BUNDLE_KEY]))[MANAGED_BUNDLE_KEY];
  } catch {
    // No managed storage here (no policy support, or no schema): nothing to apply.
    return undefined;
  }
}

/** Applies the policy's bundle unless that very text is already in force; `force` tries again anyway. */
export async function applyManagedDeployment(deps: ManagedDeploymentDeps, force = false): Promise<ManagedOutcome> {
  const value = await readManagedBundle(deps.managed);
  if (value === undefined || value === '') return { kind: 'none' };
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const digest = await deps.digest(text);
  const previous = (await deps.local.get([MANAGED_STATUS_KEY]))[MANAGED_STATUS_KEY] as ManagedDeploymentStatus | undefined;
  if (!force && previous?.digest === digest && (previous.ok || previous.superseded)) return { kind: 'unchanged', status: previous };
  const result =
    typeof value === 'string'
      ? await deps.apply(text)
      : { ok: false, errors: [{ field: MANAGED_BUNDLE_KEY, message: '策略中的部署包应为部署包文件的 JSON 文本（字符串）。' }] };
  const status: ManagedDeploymentStatus = { digest, ok: result.ok, errors: result.errors, at: deps.now.toISOString() };
  await deps.local.set({ [MANAGED_STATUS_KEY]: status });
  return { kind: 'tried', status };
}

/** A bundle loaded by hand was applied: the policy's bundle is not retried over it. */
export async function markManagedSuperseded(local: ManagedDeploymentDeps['local']): Promise<void> {
  const previous = (await local.get([MANAGED_STATUS_KEY]))[MANAGED_STATUS_KEY] as ManagedDeploymentStatus | undefined;
  if (previous) await local.set({ [MANAGED_STATUS_KEY]: { ...previous, superseded: true } });
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
