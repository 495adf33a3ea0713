// Deployment settings for IT staff: which hospital is ordering (drives mark scope and the level
// rules) and how insistent the warning is. Refused settings come back with the field and reason.
import { useEffect, useState, type FormEvent } from 'react';
import type { DeploymentSettings } from '../lib/background/deployment-settings.ts';
import { SETTINGS_TEXT } from '../lib/ui-text.ts';
import { InstitutionClassFields } from './institution-fields.tsx';

export interface SettingsFormProps {
  load(): Promise<{ settings: DeploymentSettings; source: string; errors: { field: string; message: string }[] }>;
  save(settings: unknown): Promise<{ ok: boolean; errors: { field: string; message: string }[] }>;
}

export function SettingsForm({ load, save }: SettingsFormProps) {
  const [settings, setSettings] = useState<DeploymentSettings | undefined>();
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void load().then((loaded) => {
      setSettings(loaded.settings);
      setSource(loaded.source);
      setErrors(loaded.errors);
    });
  }, [load]);
  if (!settings) return null;
  const institution = settings.orderingInstitution;
  const setInstitution = (patch: Partial<DeploymentSettings['orderingInstitution']>) =>
    setSettings({ ...settings, orderingInstitution: { ...institution, ...patch } });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const reply = await save(settings);
    setErrors(reply.errors);
    if (reply.ok) {
      setSaved(true);
      setSource('saved');
    }
  };
  return (
    <form aria-labelledby="settings-title" onSubmit={(event) => void submit(event)}>
      <h2 id="settings-title">{SETTINGS_TEXT.title}</h2>
      {source === 'training-default' ? <p className="warning">{SETTINGS_TEXT.trainingDefault}</p> : null}
      {source === 'invalid-saved' ? <p className="error">{SETTINGS_TEXT.invalidSaved}</p> : null}
      <label>
        {SETTINGS_TEXT.institutionName}
        <input value={institution.name} onChange={(event) => setInstitution({ name: event.target.value })} />
      </label>
      <InstitutionClassFields value={institution} onChange={setInstitution} />
      <label>
        {SETTINGS_TEXT.alliances}
        <input
          value={(institution.alliances ?? []).join('；')}
          onChange={(event) => {
            const alliances = event.target.value.split(/[;；,，]/).map((name) => name.trim()).filter(Boolean);
            setInstitution(alliances.length ? { alliances } : { alliances: undefined });
          }}
        />
      </label>
      <fieldset>
        <legend>{SETTINGS_TEXT.alertMode}</legend>
        {(['advice', 'forced-choice', 'block'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="alertMode" value={mode} checked={settings.alertMode === mode} onChange={() => setSettings({ ...settings, alertMode: mode })} />
            {SETTINGS_TEXT.modes[mode]}
          </label>
        ))}
      </fieldset>
      <button type="submit">{SETTINGS_TEXT.save}</button>
      {saved ? <p role="status">{SETTINGS_TEXT.saved}</p> : null}
      {errors.length ? (
        <ul role="alert" className="error">
          {errors.map((error, index) => (
            <li key={index}>
              {error.field}：{error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
