// The deployment bundle from enterprise policy: applied once per text, refusals kept with their
// reasons and tried again, nothing done where there is no policy.
import { describe, expect, it } from 'vitest';
import { applyManagedDeployment, MANAGED_BUNDLE_KEY, MANAGED_STATUS_KEY, markManagedSuperseded, sha256Hex, type ManagedDeploymentDeps } from '../../lib/background/managed-deployment.ts';

function deps(policy: Record<string, unknown> | 'throws' | undefined, answers: { ok: boolean; errors: { field: string; message: string }[] }[]) {
  const local = new Map<string, unknown>();
  const applied: string[] = [];
  const value: ManagedDeploymentDeps = {
    managed:
      policy === undefined
        ? undefined
        : { get: async () => (policy === 'throws' ? Promise.reject(new Error('Managed storage manifest not found')) : policy) },
    local: {
      get: async (keys) => Object.fromEntries(keys.filter((key) => local.has(key)).map((key) => [key, local.get(key)])),
      set: async (items) => void Object.entries(items).forEach(([key, item]) => local.set(key, item)),
    },
    apply: async (text) => {
      applied.push(text);
      return answers.shift() ?? { ok: true, errors: [] };
    },
    digest: sha256Hex,
    now: new Date('2026-12-02T08:00:00Z'),
  };
  return { value, local, applied };
}

describe('deployment bundle from policy', () => {
  it('applies the policy bundle once, and again only when its text changes', async () => {
    const policy: Record<string, unknown> = { [MANAGED_BUNDLE_KEY]: '{"bundle":1}' };
    const { value, applied, local } = deps(policy, []);
    expect((await applyManagedDeployment(value)).kind).toBe('tried');
    expect((await applyManagedDeployment(value)).kind).toBe('unchanged');
    expect(applied).toEqual(['{"bundle":1}']);
    expect(local.get(MANAGED_STATUS_KEY)).toMatchObject({ ok: true, errors: [], digest: await sha256Hex('{"bundle":1}') });
    policy[MANAGED_BUNDLE_KEY] = '{"bundle":2}';
    expect((await applyManagedDeployment(value)).kind).toBe('tried');
    expect(applied).toEqual(['{"bundle":1}', '{"bundle":2}']);
  });

  it('keeps a refusal with its reasons and tries again at the next start', async () => {
    const refusal = { ok: false, errors: [{ field: 'hisOrigins', message: '尚未获得这些 HIS 地址的访问授权' }] };
    const { value, applied, local } = deps({ [MANAGED_BUNDLE_KEY]: '{"bundle":1}' }, [refusal]);
    const first = await applyManagedDeployment(value);
    expect(first).toMatchObject({ kind: 'tried', status: { ok: false, errors: refusal.errors } });
    expect(local.get(MANAGED_STATUS_KEY)).toMatchObject({ ok: false });
    const second = await applyManagedDeployment(value);
    expect(second).toMatchObject({ kind: 'tried', status: { ok: true } });
    expect(applied).toHaveLength(2);
  });

  it('refuses a policy value that is not the bundle text, naming the key', async () => {
    const { value, applied } = deps({ [MANAGED_BUNDLE_KEY]: { hisOrigins: [] } }, []);
    const outcome = await applyManagedDeployment(value);
    expect(outcome).toMatchObject({ kind: 'tried', status: { ok: false, errors: [{ field: MANAGED_BUNDLE_KEY }] } });
    expect(applied).toEqual([]);
  });

  it('does nothing without policy, and keeps the last status (Chrome may answer before policy has loaded)', async () => {
    for (const policy of [undefined, 'throws' as const, {}]) {
      const { value, applied, local } = deps(policy, []);
      local.set(MANAGED_STATUS_KEY, { digest: 'x', ok: true, errors: [], at: '' });
      expect(await applyManagedDeployment(value)).toEqual({ kind: 'none' });
      expect(applied).toEqual([]);
      expect(local.has(MANAGED_STATUS_KEY)).toBe(true);
    }
  });

  it('leaves a bundle loaded by hand in force over a refused policy bundle, until the policy text changes', async () => {
    const refusal = { ok: false, errors: [{ field: 'hisOrigins', message: '尚未获得这些 HIS 地址的访问授权' }] };
    const policy: Record<string, unknown> = { [MANAGED_BUNDLE_KEY]: '{"bundle":1}' };
    const { value, applied, local } = deps(policy, [refusal]);
    await applyManagedDeployment(value);
    await markManagedSuperseded(value.local);
    expect(local.get(MANAGED_STATUS_KEY)).toMatchObject({ ok: false, superseded: true });
    expect((await applyManagedDeployment(value)).kind).toBe('unchanged');
    policy[MANAGED_BUNDLE_KEY] = '{"bundle":2}';
    expect((await applyManagedDeployment(value)).kind).toBe('tried');
    // The options page's button applies the policy's bundle whatever the status says.
    expect((await applyManagedDeployment(value, true)).kind).toBe('tried');
    expect(applied).toEqual(['{"bundle":1}', '{"bundle":2}', '{"bundle":2}']);
  });
});
