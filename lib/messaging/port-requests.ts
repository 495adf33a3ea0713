// Requests over one long-lived port instead of a one-off message each: the order screen's
// "judge these rows" request is the path between a row appearing and its warning, and a one-off
// `runtime.sendMessage` opens and closes a message channel (to every extension context listening)
// every time. A port opened once, to the background only, carries each request and its answer.
//
// The port goes when the service worker stops (it sleeps when idle): requests in flight then go
// again as one-off messages, and the next request opens a new port (which wakes the worker).
// A port can also die without telling this end (Chrome closes the ports of a page entering the
// back/forward cache and tells only the background): so a request unanswered after ANSWER_WAIT_MS,
// and every request in flight when the owner calls `reset()` (the page came back from that cache),
// goes again as a one-off message on a fresh start. Every request settles: a screen whose request
// never came back would wait for it forever and get no warning again.
// No browser import: the port and the one-off sender are given, so this runs in tests as it is.

/** The name the background accepts these requests under. */
export const ORDER_SCREEN_PORT = 'hr-order-screen';

export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface PortRequest {
  id: number;
  message: unknown;
}

export interface PortAnswer {
  id: number;
  reply: unknown;
}

export interface PortRequester {
  request(message: unknown): Promise<unknown>;
  /** The port may be dead (the page was restored from the back/forward cache): drop it, ask again. */
  reset(): void;
  close(): void;
}

/** Far above a warning's time even with the worker asleep or a purge running (`npm run bench`). */
export const ANSWER_WAIT_MS = 5_000;

const failure = (error: unknown) => ({ ok: false, error: String(error) });

export function createPortRequester(connect: () => PortLike, oneOff: (message: unknown) => Promise<unknown>, answerWaitMs = ANSWER_WAIT_MS): PortRequester {
  let port: PortLike | undefined;
  let nextId = 0;
  const pending = new Map<number, { message: unknown; resolve(reply: unknown): void; timer: ReturnType<typeof setTimeout> }>();

  const viaOneOff = (message: unknown, resolve: (reply: unknown) => void): void => {
    try {
      oneOff(message).then(resolve, (error: unknown) => resolve(failure(error)));
    } catch (error) {
      // An orphaned content script (the extension was reloaded) throws at once.
      resolve(failure(error));
    }
  };
  /** Every request in flight leaves the port: settled by `settle`. */
  const takePending = (settle: (entry: { message: unknown; resolve(reply: unknown): void }) => void): void => {
    const lost = [...pending.values()];
    pending.clear();
    for (const entry of lost) {
      clearTimeout(entry.timer);
      settle(entry);
    }
  };
  /** Every request in flight goes again as a one-off message. */
  const resendPending = (): void => takePending((entry) => viaOneOff(entry.message, entry.resolve));
  const dropPort = (): void => {
    const dropped = port;
    port = undefined;
    try {
      dropped?.disconnect();
    } catch {
      // already gone
    }
  };

  const open = (): PortLike => {
    const opened = connect();
    opened.onMessage.addListener((raw) => {
      const answer = raw as Partial<PortAnswer> | null;
      const entry = typeof answer?.id === 'number' ? pending.get(answer.id) : undefined;
      if (!entry) return;
      pending.delete(answer!.id!);
      clearTimeout(entry.timer);
      entry.resolve(answer!.reply);
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      // Asked but not answered before the worker went: ask again (judging rows changes nothing).
      resendPending();
    });
    return opened;
  };

  return {
    request(message) {
      return new Promise((resolve) => {
        const id = ++nextId;
        // No answer in time: the port is presumed dead; what was in flight on it goes again by one-off message.
        const timer = setTimeout(() => {
          if (!pending.has(id)) return;
          dropPort();
          resendPending();
        }, answerWaitMs);
        try {
          port ??= open();
          pending.set(id, { message, resolve, timer });
          port.postMessage({ id, message } satisfies PortRequest);
        } catch {
          // No port to be had (e.g. a port that closed a moment ago): the one-off message decides.
          pending.delete(id);
          clearTimeout(timer);
          port = undefined;
          viaOneOff(message, resolve);
        }
      });
    },
    reset() {
      dropPort();
      resendPending();
    },
    close() {
      // The screen's session has stopped: nothing in flight is asked again, it settles as failed.
      dropPort();
      takePending((entry) => entry.resolve(failure('closed')));
    },
  };
}
