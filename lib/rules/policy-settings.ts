// Every product decision a deployment may change, with the default the product ships and the
// decision id (docs/decisions.md) it implements. Decisions that protect patients (identity by name
// alone, a probable name match, crossing laterality, a past window) are not settings: they are fixed.
import { z } from 'zod';
import { institutionRegionSchema } from './evaluate-schema.ts';

const regions = z.array(institutionRegionSchema).min(1);

export const policySettingsSchema = z
  .object({
    /** D1: ordering regions where each mark obliges recognition. */
    markScope: z
      .object({ 川渝HR: regions, 川内HR: regions, HR: regions })
      .strict()
      .default({ 川渝HR: ['sichuan', 'chongqing'], 川内HR: ['sichuan'], HR: ['sichuan', 'chongqing', 'other'] }),
    /** D2: an `HR` (national) prior when no loaded catalog carries the HR mark. */
    nationalMarkWithoutCatalog: z.enum(['optional', 'regional-lists']).default('optional'),
    /** D3: a prior without any mark. `not-eligible` hides the 四(一) encouragement. */
    unmarkedPriors: z.enum(['optional', 'not-eligible']).default('optional'),
    /** D4: the last valid day is the performed date plus the window (民法典 第二百零一条、第二百零二条), or one day earlier. */
    lastValidDay: z.enum(['date-plus-window', 'date-plus-window-minus-one']).default('date-plus-window'),
    /** D6: a prior tied to the patient by name/sex/age only, or not at all. */
    unconfirmedIdentity: z.enum(['optional', 'not-eligible']).default('optional'),
    /** D7: a prior from a below-二级 member of a shared 医联体. */
    allianceResults: z.enum(['optional', 'required']).default('optional'),
    /** D8: whether the 二级 rule of 川渝互认规则 五 also applies to 川内HR / HR priors. */
    levelRuleScope: z.enum(['all-marks', 'chuanyu-only']).default('all-marks'),
    /** D9: private (社会办) institutions, as orderer or as source. */
    privateInstitutions: z.enum(['optional', 'as-public']).default('optional'),
    /** D10: an enhanced scan offered for a plain order (never `required`). */
    enhancedForPlain: z.enum(['when-stated', 'always', 'off']).default('when-stated'),
    /** D12: which exception list governs items of a national (HR) catalog. */
    nationalExceptionSet: z.enum(['sichuan', 'chuanyu']).default('sichuan'),
    /** D18: a prior whose item name is a panel name (e.g. 血常规): each component at most `optional`, or ignored. */
    panelNamedPriors: z.enum(['optional', 'ignore']).default('optional'),
  })
  .strict();

export type PolicySettings = z.infer<typeof policySettingsSchema>;
export type PolicySettingsInput = z.input<typeof policySettingsSchema>;

export const defaultPolicySettings: PolicySettings = policySettingsSchema.parse({});

/** The decision id (docs/decisions.md) behind each setting; shown next to the setting in the options page. */
export const policySettingDecisions: Readonly<Record<keyof PolicySettings, string>> = {
  markScope: 'D1',
  nationalMarkWithoutCatalog: 'D2',
  unmarkedPriors: 'D3',
  lastValidDay: 'D4',
  unconfirmedIdentity: 'D6',
  allianceResults: 'D7',
  levelRuleScope: 'D8',
  privateInstitutions: 'D9',
  enhancedForPlain: 'D10',
  nationalExceptionSet: 'D12',
  panelNamedPriors: 'D18',
};

/** Fills defaults; throws a ZodError naming the bad setting (a deployment's config is never silently reset). */
export function resolvePolicySettings(input: PolicySettingsInput | undefined): PolicySettings {
  return policySettingsSchema.parse(input ?? {});
}
