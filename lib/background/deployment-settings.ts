// Per-deployment settings that IT staff set once and roll out: who is ordering (the hospital), how
// insistent the warning is, and the rules' policy decisions. Invalid settings are refused with the
// field and the reason, never silently replaced by defaults.
import { z } from 'zod';
import { institutionSchema } from '../rules/evaluate-schema.ts';
import { policySettingsSchema, type PolicySettingsInput } from '../rules/policy-settings.ts';

export const deploymentSettingsSchema = z.object({
  orderingInstitution: institutionSchema,
  /** advice: show only; forced-choice: ask one choice per warned item (default); block: hold the submit control. */
  alertMode: z.enum(['advice', 'forced-choice', 'block']),
  /** The rules' configurable decisions (docs/decisions.md); absent ones take the product default. */
  policy: policySettingsSchema.optional(),
});
export type DeploymentSettings = z.infer<typeof deploymentSettingsSchema>;
export type { PolicySettingsInput };

/** The training deployment: the bundled training HIS plays a Sichuan 三级 public hospital. */
export const TRAINING_SETTINGS: DeploymentSettings = {
  orderingInstitution: { name: 'XX市第一人民医院（培训）', level: '三级', region: 'sichuan', ownership: 'public' },
  alertMode: 'forced-choice',
};

export type SettingsResult = { ok: true; settings: DeploymentSettings } | { ok: false; errors: { field: string; message: string }[] };

export function parseDeploymentSettings(raw: unknown): SettingsResult {
  const parsed = deploymentSettingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) };
}
