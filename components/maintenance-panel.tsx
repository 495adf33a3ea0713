// Data upkeep for IT staff: export everything (to move a workstation or keep a backup), erase one
// patient on request, and purge what no validity window can use any more (also done daily).
import { useState, type FormEvent } from 'react';
import { MAINTENANCE_TEXT } from '../lib/ui-text.ts';

export interface MaintenancePanelProps {
  exportAll(): Promise<void>;
  erasePatient(kind: string, value: string): Promise<{ ok: boolean; message: string }>;
  purgeNow(): Promise<string>;
}

export function MaintenancePanel(props: MaintenancePanelProps) {
  const [kind, setKind] = useState('hisPatientId');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const erase = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) return;
    const reply = await props.erasePatient(kind, value.trim());
    setMessage(reply.message);
    if (reply.ok) setValue('');
  };
  return (
    <section aria-labelledby="maintenance-title">
      <h2 id="maintenance-title">{MAINTENANCE_TEXT.title}</h2>
      <button type="button" onClick={() => void props.exportAll()}>
        {MAINTENANCE_TEXT.exportAll}
      </button>{' '}
      <button type="button" onClick={() => void props.purgeNow().then(setMessage)}>
        {MAINTENANCE_TEXT.purgeNow}
      </button>
      <form onSubmit={(event) => void erase(event)}>
        <label>
          {MAINTENANCE_TEXT.eraseBy}
          <select value={kind} onChange={(event) => setKind(event.target.value)}>
            {Object.entries(MAINTENANCE_TEXT.identifierKinds).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <input value={value} onChange={(event) => setValue(event.target.value)} aria-label={MAINTENANCE_TEXT.identifierValue} />
        <button type="submit">{MAINTENANCE_TEXT.erase}</button>
      </form>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
