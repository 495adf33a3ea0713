// The deployment bundle: everything IT staff configure for their hospital, as one file that is
// rolled out to every workstation (imported in the options page): the hospital and alert settings,
// the HIS origins the extension may read, and the screen adapters for their HIS screens.
import { z } from 'zod';
import { screenAdapterSchema } from '../adapters/adapter-schema.ts';
import { urlGlobToRegExp } from '../adapters/url-glob.ts';
import { deploymentSettingsSchema } from '../background/deployment-settings.ts';

const originSchema = z
  .string()
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, '应为 HIS 的源地址，如 http://10.1.2.3:8080（不带路径）');

export const deploymentBundleSchema = z
  .object({
    format: z.literal('hr-assistant-deployment'),
    version: z.literal(1),
    settings: deploymentSettingsSchema,
    hisOrigins: z.array(originSchema).max(20),
    adapters: z.array(screenAdapterSchema).max(50),
    /**
     * 川渝互认标准 二.4 notices: institution + item (concept key, catalog id, or the item's name or
     * abbreviation) that lost recognition after failing or skipping EQA, until it passes again.
     */
    qcRevocations: z
      .array(z.object({ institution: z.string().min(1).max(100), item: z.string().min(1).max(200), since: z.string().max(20).optional(), note: z.string().max(300).optional() }))
      .max(5000)
      .optional(),
  })
  .superRefine((bundle, ctx) => {
    const ids = new Set<string>();
    bundle.adapters.forEach((adapter, index) => {
      if (ids.has(adapter.id)) ctx.addIssue({ code: 'custom', path: ['adapters', index, 'id'], message: `重复的界面配置 id：${adapter.id}` });
      ids.add(adapter.id);
      adapter.urlPatterns.forEach((pattern, patternIndex) => {
        // An adapter may only name screens on origins the bundle asks permission for.
        const covered = bundle.hisOrigins.some((origin) => pattern.startsWith(`${origin}/`) || urlGlobToRegExp(pattern.split('/').slice(0, 3).join('/')).test(origin));
        if (!covered) {
          ctx.addIssue({ code: 'custom', path: ['adapters', index, 'urlPatterns', patternIndex], message: `不在 hisOrigins 所列的 HIS 地址内：${pattern}` });
        }
      });
    });
  });
export type DeploymentBundle = z.infer<typeof deploymentBundleSchema>;

export type BundleResult = { ok: true; bundle: DeploymentBundle } | { ok: false; errors: { field: string; message: string }[] };

export function parseDeploymentBundle(text: string): BundleResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ field: '', message: `不是有效的 JSON：${(error as Error).message}` }] };
  }
  const parsed = deploymentBundleSchema.safeParse(raw);
  if (parsed.success) return { ok: true, bundle: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) };
}

/** Host match patterns for origins. Chrome match patterns carry no port: a host covers all its ports. */
export function originMatchPatterns(origins: readonly string[]): string[] {
  return [...new Set(origins.map((origin) => {
    const url = new URL(origin);
    return `${url.protocol}//${url.hostname}/*`;
  }))];
}
