// Import of prior results from a file: the product's own export, CSV (UTF-8 / GBK), FHIR R4 or
// HL7 v2 ORU^R01. All or nothing: a file with any bad record imports nothing and every bad record
// is listed; writing shows a progress bar.
import { useState, type ChangeEvent } from 'react';
import type { ImportReply, StoreStats } from '../lib/messaging/protocol.ts';
import { TEXT } from '../lib/ui-text.ts';

export interface ImportPanelProps {
  importFile(fileName: string, bytes: Uint8Array, localPatientNumbers: boolean, onProgress: (done: number, total: number) => void): Promise<ImportReply>;
  stats: StoreStats | undefined;
}

export function ImportPanel({ importFile, stats }: ImportPanelProps) {
  const [reply, setReply] = useState<ImportReply | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [busy, setBusy] = useState(false);
  const [localNumbers, setLocalNumbers] = useState(false);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setReply(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setReply(await importFile(file.name, bytes, localNumbers, (done, total) => setProgress({ done, total })));
    } catch (error) {
      setReply({ ok: false, patients: 0, results: 0, errors: [{ entry: 'file', field: '', message: String(error) }] });
    } finally {
      setBusy(false);
      setProgress(undefined);
      event.target.value = '';
    }
  };
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{TEXT.importTitle}</h2>
      <p className="muted">{TEXT.importFormats}</p>
      {stats ? <p className="stats">{TEXT.storeStats(stats.patients, stats.results)}</p> : null}
      <label>
        {TEXT.importButton}
        <input type="file" accept=".json,.ndjson,.csv,.txt,.hl7,application/json,text/csv" onChange={(event) => void onFile(event)} disabled={busy} data-testid="import-file" />
      </label>
      <label>
        <input type="checkbox" checked={localNumbers} onChange={(event) => setLocalNumbers(event.target.checked)} />
        {TEXT.importLocalNumbers}
      </label>
      {progress ? (
        <div>
          <progress max={progress.total || 1} value={progress.done} aria-label={TEXT.importProgress} />
          <span>{progress.total ? `${progress.done} / ${progress.total}` : TEXT.importValidating}</span>
        </div>
      ) : null}
      {reply?.ok ? (
        <p role="status" className="ok">
          {TEXT.importDone(reply.patients, reply.results)}
        </p>
      ) : null}
      {reply && !reply.ok ? (
        <div role="alert" className="error">
          <p>{TEXT.importFailed(reply.errors.length)}</p>
          <ul>
            {reply.errors.slice(0, 200).map((error, index) => (
              <li key={index}>
                {error.entry} {error.field ? `· ${error.field}` : ''}：{error.message}
              </li>
            ))}
          </ul>
          {reply.errors.length > 200 ? <p>{TEXT.importMoreErrors(reply.errors.length - 200)}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
