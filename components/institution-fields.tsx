// Level, region and ownership of an institution: what the recognition rules need to know about it
// (川渝互认规则 五). Shared by the hospital settings and the manual entry of a paper result.
import type { Institution } from '../lib/rules/evaluate-schema.ts';
import { SETTINGS_TEXT } from '../lib/ui-text.ts';

type Classification = Pick<Institution, 'level' | 'region' | 'ownership'>;

export function InstitutionClassFields({ value, onChange }: { value: Classification; onChange(patch: Partial<Classification>): void }) {
  return (
    <>
      <label>
        {SETTINGS_TEXT.level}
        <select value={value.level} onChange={(event) => onChange({ level: event.target.value as Institution['level'] })}>
          {(['三级', '二级', '一级', '未定级'] as const).map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </label>
      <label>
        {SETTINGS_TEXT.region}
        <select value={value.region} onChange={(event) => onChange({ region: event.target.value as Institution['region'] })}>
          {Object.entries(SETTINGS_TEXT.regions).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {SETTINGS_TEXT.ownership}
        <select value={value.ownership} onChange={(event) => onChange({ ownership: event.target.value as Institution['ownership'] })}>
          <option value="public">{SETTINGS_TEXT.public}</option>
          <option value="private">{SETTINGS_TEXT.private}</option>
        </select>
      </label>
    </>
  );
}
