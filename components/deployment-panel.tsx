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
  /** The bundle enterprise policy holds, when there is one (lib/background/managed-deployment.ts). */
  managed?: ManagedBundleView | undefined;
}

export interface ManagedBundleView {
  /** The outcome of the background's last attempt; undefined while it has not tried yet. */
  status: { ok: boolean; errors: { field: string; message: string }[]; at: string; superseded?: boolean } | undefined;
  /** HIS origins the policy's bundle names (to be granted in a click). */
  origins: string[];
  /** Has the background apply the policy's bundle again (after the origins were granted). */
  applyManaged(): Promise<{ ok: boolean; errors: { field: string; message: string }[] }>;
}

/** The policy's bundle: in force, or why not, with the click that grants its origins. */
function ManagedBundle({ view, requestAccess }: { view: ManagedBundleView; requestAccess(origins: string[]): Promise<boolean> }) {
  const [status, setStatus] = useState(view.status);
  const grantAndApply = async () => {
    if (view.origins.length > 0 && !(await requestAccess(view.origins))) {
      setStatus({ ok: false, errors: [{ field: 'hisOrigins', message: DEPLOYMENT_TEXT.denied }], at: new Date().toISOString() });
      return;
    }
    const reply = await view.applyManaged();
    setStatus({ ...reply, at: new Date().toISOString() });
  };
  return (
    <div aria-labelledby="managed-title">
      <h3 id="managed-title">{DEPLOYMENT_TEXT.managedTitle}</h3>
      {!status ? <p>{DEPLOYMENT_TEXT.managedPending}</p> : null}
      {status?.superseded ? <p>{DEPLOYMENT_TEXT.managedSuperseded}</p> : null}
      {status?.ok && !status.superseded ? <p role="status">{DEPLOYMENT_TEXT.managedApplied(status.at.slice(0, 16).replace('T', ' '))}</p> : null}
      {status && !status.ok && !status.superseded ? (
        <>
          <p>{DEPLOYMENT_TEXT.managedRefused}</p>
          <ul role="alert" className="error">
            {status.errors.map((error, index) => (
              <li key={index}>
                {error.field || DEPLOYMENT_TEXT.file}：{error.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!status?.ok || status.superseded ? (
        <button type="button" onClick={() => void grantAndApply()}>
          {DEPLOYMENT_TEXT.managedGrant}
        </button>
      ) : null}
    </div>
  );
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
      {props.managed ? <ManagedBundle view={props.managed} requestAccess={props.requestAccess} /> : null}
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
