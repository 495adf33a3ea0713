// Requests over one long-lived port instead of a one-off message each: the order screen's
// "judge these rows" request is the path between a row appearing and its warning, and a one-off
// `runtime.sendMessage` opens and closes a message channel (to every extension context listening)
// every time. A port opened once, to the background only, carries each request and its answer.
//
// The port goes when the service worker stops (it sleeps when idle): requests in flight then go
// again as one-off messages, and the next request opens a new port (which wakes the worker).
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
  close(): void;
}

const failure = (error: unknown) => ({ ok: false, error: String(error) });

export function createPortRequester(connect: () => PortLike, oneOff: (message: unknown) => Promise<unknown>): PortRequester {
  let port: PortLike | undefined;
  let nextId = 0;
  const pending = new Map<number, { message: unknown; resolve(reply: unknown): void }>();

  const viaOneOff = (message: unknown, resolve: (reply: unknown) => void): void => {
    oneOff(message).then(resolve, (error: unknown) => resolve(failure(error)));
  };

  const open = (): PortLike => {
    const opened = connect();
    opened.onMessage.addListener((raw) => {
      const answer = raw as Partial<PortAnswer> | null;
      const entry = typeof answer?.id === 'number' ? pending.get(answer.id) : undefined;
      if (!entry) return;
      pending.delete(answer!.id!);
      entry.resolve(answer!.reply);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      // Asked but not answered before the worker went: ask again (judging rows changes nothing).
      const lost = [...pending.values()];
      pending.clear();
      for (const entry of lost) viaOneOff(entry.message, entry.resolve);
    });
    return opened;
  };

  return {
    request(message) {
      return new Promise((resolve) => {
        const id = ++nextId;
        try {
          port ??= open();
          pending.set(id, { message, resolve });
          port.postMessage({ id, message } satisfies PortRequest);
        } catch {
          // No port to be had (e.g. a port that closed a moment ago): the one-off message decides.
          pending.delete(id);
          port = undefined;
          viaOneOff(message, resolve);
        }
      });
    },
    close() {
      const closing = port;
      port = undefined;
      closing?.disconnect();
    },
  };
}
