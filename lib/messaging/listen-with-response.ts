// Chrome before ~v146 ignores a Promise returned from a runtime.onMessage listener: the reply must
// go through `sendResponse`, with `true` returned to keep the channel open. Hospital PCs run Chrome
// 109 and 360 Browser, so every listener that answers goes through this wrapper.
export type MessageHandler<S> = (message: unknown, sender: S) => Promise<unknown> | undefined;

export function withSendResponse<S>(handler: MessageHandler<S>) {
  return (message: unknown, sender: S, sendResponse: (response: unknown) => void): boolean => {
    const pending = handler(message, sender);
    if (!pending) return false;
    pending.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  };
}
