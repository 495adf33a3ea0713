// IT staff roll out one deployment bundle (hospital settings, HIS origins, screen adapters) to every
// workstation: load it here, grant access to the HIS origins it names, and it applies. Invalid
// bundles are refused with the field and the reason; the bundle in force can be exported.
import { useState, type ChangeEvent } from 'react';
import { DEPLOYMENT_TEXT } from '../lib/ui-text.ts';

export interface DeploymentPanelProps {
  /** Validates the text; returns the host patterns to request, or the errors. */
  check(text: string): { ok: true; origins: string[]; summary: string } | { ok: false; errors: { field: string; message: string }[] };
  /** Must run inside the click: the browser asks the user. */
  requestAccess(origins: string[]): Promise<boolean>;
  apply(text: string): Promise<{ ok: boolean; errors: { field: string; message: string }[] }>;
  exportCurrent(): Promise<void>;
}

export function DeploymentPanel(props: DeploymentPanelProps) {
  const [text, setText] = useState<string | undefined>();
  const [summary, setSummary] = useState<string | undefined>();
  const [origins, setOrigins] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [done, setDone] = useState(false);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const content = await file.text();
    const checked = props.check(content);
    setDone(false);
    if (!checked.ok) {
      setText(undefined);
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setText(content);
    setOrigins(checked.origins);
    setSummary(checked.summary);
  };
  const apply = async () => {
    if (!text) return;
    if (origins.length > 0 && !(await props.requestAccess(origins))) {
      setErrors([{ field: 'hisOrigins', message: DEPLOYMENT_TEXT.denied }]);
      return;
    }
    const reply = await props.apply(text);
    setErrors(reply.errors);
    setDone(reply.ok);
  };
  return (
    <section aria-labelledby="deployment-title">
      <h2 id="deployment-title">{DEPLOYMENT_TEXT.title}</h2>
      <p className="muted">{DEPLOYMENT_TEXT.intro}</p>
      <label>
        {DEPLOYMENT_TEXT.load}
        <input type="file" accept=".json,application/json" data-testid="deployment-file" onChange={(event) => void onFile(event)} />
      </label>
      {summary ? <p>{summary}</p> : null}
      <button type="button" disabled={!text} onClick={() => void apply()}>
        {DEPLOYMENT_TEXT.apply}
      </button>{' '}
      <button type="button" onClick={() => void props.exportCurrent()}>
        {DEPLOYMENT_TEXT.exportCurrent}
      </button>
      {done ? <p role="status">{DEPLOYMENT_TEXT.applied}</p> : null}
      {errors.length ? (
        <ul role="alert" className="error">
          {errors.map((error, index) => (
            <li key={index}>
              {error.field || DEPLOYMENT_TEXT.file}：{error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
