// Import of prior results from a file (the product's own export format for now). All or nothing:
// a file with any bad record imports nothing and every bad record is listed.
import { useState, type ChangeEvent } from 'react';
import type { ImportReply, StoreStats } from '../lib/messaging/protocol.ts';
import { TEXT } from '../lib/ui-text.ts';

export interface ImportPanelProps {
  importFile(fileName: string, text: string): Promise<ImportReply>;
  stats: StoreStats | undefined;
}

export function ImportPanel({ importFile, stats }: ImportPanelProps) {
  const [reply, setReply] = useState<ImportReply | undefined>();
  const [busy, setBusy] = useState(false);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      setReply(await importFile(file.name, await file.text()));
    } finally {
      setBusy(false);
      event.target.value = '';
    }
  };
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{TEXT.importTitle}</h2>
      {stats ? <p className="stats">{TEXT.storeStats(stats.patients, stats.results)}</p> : null}
      <label>
        {TEXT.importButton}
        <input type="file" accept=".json,application/json" onChange={onFile} disabled={busy} data-testid="import-file" />
      </label>
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
        </div>
      ) : null}
    </section>
  );
}
