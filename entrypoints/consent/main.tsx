// The printable 知情同意书 for one item of one order screen (`#<panel token>:<concept>`). The form
// is self-contained HTML with every value escaped; it is shown in a sandboxed frame (no scripts).
import { createRoot } from 'react-dom/client';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ConsentReply } from '../../lib/messaging/protocol.ts';
import { CONSENT_TEXT } from '../../lib/ui-text.ts';

const [token = '', concept = ''] = window.location.hash.slice(1).split(':').map((part, index) => (index === 1 ? decodeURIComponent(part) : part));

function ConsentPage() {
  const [reply, setReply] = useState<ConsentReply | undefined>();
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'consent/get', panelToken: token, concept }).then((answer) => setReply(answer as ConsentReply));
  }, []);
  if (!reply) return <p>{CONSENT_TEXT.loading}</p>;
  if (!reply.ok || !reply.html) return <p role="alert">{reply.error ?? CONSENT_TEXT.failed}</p>;
  return (
    <div>
      <div className="toolbar">
        <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
          {CONSENT_TEXT.print}
        </button>
        {reply.missing?.length ? <span role="alert">{CONSENT_TEXT.missing(reply.missing)}</span> : null}
      </div>
      <iframe ref={frame} title={CONSENT_TEXT.frameTitle} sandbox="allow-modals allow-same-origin" srcDoc={reply.html} style={{ width: '100%', height: '90vh', border: 0 }} />
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<ConsentPage />);
