import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultPolicySettings, policySettingDecisions, policySettingsSchema, resolvePolicySettings } from '../../lib/rules/policy-settings.ts';
import { EXCEPTION_CLAUSES, exceptionsOf } from '../../lib/rules/exceptions.ts';

describe('policy settings', () => {
  it('ships the documented defaults', () => {
    expect(defaultPolicySettings).toEqual({
      markScope: { 川渝HR: ['sichuan', 'chongqing'], 川内HR: ['sichuan'], HR: ['sichuan', 'chongqing', 'other'] },
      nationalMarkWithoutCatalog: 'optional',
      unmarkedPriors: 'optional',
      lastValidDay: 'date-plus-window',
      unconfirmedIdentity: 'optional',
      allianceResults: 'optional',
      levelRuleScope: 'all-marks',
      privateInstitutions: 'optional',
      enhancedForPlain: 'when-stated',
      nationalExceptionSet: 'sichuan',
      panelNamedPriors: 'optional',
    });
  });

  it('names a decision for every setting, and docs/decisions.md defines each one with its setting', () => {
    const docs = readFileSync(new URL('../../docs/decisions.md', import.meta.url), 'utf8');
    expect(Object.keys(policySettingDecisions).sort()).toEqual(Object.keys(defaultPolicySettings).sort());
    for (const [setting, id] of Object.entries(policySettingDecisions)) {
      expect(docs).toMatch(new RegExp(`^## ${id} `, 'm'));
      expect(docs).toContain(`\`${setting}\``);
    }
  });

  it('refuses unknown or invalid settings rather than resetting them', () => {
    expect(() => resolvePolicySettings({ allianceResults: 'always' as never })).toThrow();
    expect(policySettingsSchema.safeParse({ newSetting: true }).success).toBe(false);
    expect(policySettingsSchema.safeParse({ markScope: { 川渝HR: [], 川内HR: ['sichuan'], HR: ['other'] } }).success).toBe(false);
  });
});

describe('exception lists', () => {
  it('has 7 exceptions under 川渝互认规则 四 and 6 under 四川实施方案 四(四)', () => {
    expect(exceptionsOf('chuanyu').map((e) => e.clause)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `川渝互认规则 四.${n}`));
    expect(exceptionsOf('sichuan').map((e) => e.clause)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `四川实施方案 四(四)${n}`));
    expect(EXCEPTION_CLAUSES['patient-request'].sichuan).toBeNull();
  });
});
