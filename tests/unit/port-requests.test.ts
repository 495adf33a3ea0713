// The order screen's requests over one port: answers matched to their requests, and nothing lost
// when the service worker stops with requests in flight.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPortRequester, type PortLike } from '../../lib/messaging/port-requests.ts';

class FakePort implements PortLike {
  posted: { id: number; message: unknown }[] = [];
  private messageListeners: ((message: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  disconnected = false;
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };
  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message as { id: number; message: unknown });
  }
  disconnect(): void {
    this.disconnected = true;
  }
  answer(id: number, reply: unknown): void {
    this.messageListeners.forEach((listener) => listener({ id, reply }));
  }
  /** The other end went (the worker stopped). */
  drop(): void {
    this.disconnected = true;
    this.disconnectListeners.forEach((listener) => listener());
  }
}

/** A requester whose ports are kept in `ports` and whose one-off messages are kept in `oneOff`. */
function setup(oneOffReply: string | undefined, answerWaitMs?: number) {
  const ports: FakePort[] = [];
  const oneOff: unknown[] = [];
  const requester = createPortRequester(
    () => {
      ports.push(new FakePort());
      return ports.at(-1)!;
    },
    (message) => {
      oneOff.push(message);
      return oneOffReply === undefined ? Promise.reject(new Error('no one-off expected')) : Promise.resolve(oneOffReply);
    },
    answerWaitMs,
  );
  return { ports, oneOff, requester };
}

describe('requests over one port', () => {
  it('opens one port for many requests and hands each answer to its own request', async () => {
    const { ports, requester } = setup(undefined);
    const first = requester.request({ type: 'a' });
    const second = requester.request({ type: 'b' });
    expect(ports).toHaveLength(1);
    const [a, b] = ports[0]!.posted;
    ports[0]!.answer(b!.id, 'answer b');
    ports[0]!.answer(a!.id, 'answer a');
    ports[0]!.answer(999, 'stray answer');
    expect(await first).toBe('answer a');
    expect(await second).toBe('answer b');
  });

  it('asks again by one-off message when the worker stops mid-request, and opens a new port next time', async () => {
    const { ports, oneOff, requester } = setup('answered by one-off');
    const inFlight = requester.request({ type: 'judge' });
    ports[0]!.drop();
    expect(await inFlight).toBe('answered by one-off');
    expect(oneOff).toEqual([{ type: 'judge' }]);
    const next = requester.request({ type: 'judge again' });
    expect(ports).toHaveLength(2);
    ports[1]!.answer(ports[1]!.posted[0]!.id, 'answered by the new port');
    expect(await next).toBe('answered by the new port');
  });

  it('falls back to a one-off message when no port can be opened, and reports a failure of both as an error reply', async () => {
    const requester = createPortRequester(() => {
      throw new Error('Extension context invalidated.');
    }, () => Promise.reject(new Error('Extension context invalidated.')));
    expect(await requester.request({ type: 'judge' })).toEqual({ ok: false, error: 'Error: Extension context invalidated.' });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles a request the port never answers (a page back from the back/forward cache): one-off after the wait, on a new port next', async () => {
    vi.useFakeTimers();
    const { ports, oneOff, requester } = setup('answered by one-off', 1_000);
    const silent = requester.request({ type: 'judge' });
    await vi.advanceTimersByTimeAsync(999);
    expect(oneOff).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await silent).toBe('answered by one-off');
    expect(ports[0]!.disconnected).toBe(true);
    void requester.request({ type: 'next' });
    expect(ports).toHaveLength(2);
  });

  it('reset() asks again by one-off for everything in flight, without waiting', async () => {
    const oneOff: unknown[] = [];
    const requester = createPortRequester(() => new FakePort(), (message) => {
      oneOff.push(message);
      return Promise.resolve('again');
    });
    const first = requester.request({ type: 'a' });
    const second = requester.request({ type: 'b' });
    requester.reset();
    expect(await Promise.all([first, second])).toEqual(['again', 'again']);
    expect(oneOff).toEqual([{ type: 'a' }, { type: 'b' }]);
  });

  it('settles with an error reply when the one-off sender throws at once (an orphaned content script)', async () => {
    const port = new FakePort();
    const requester = createPortRequester(() => port, () => {
      throw new Error('Extension context invalidated.');
    });
    const inFlight = requester.request({ type: 'judge' });
    port.drop();
    expect(await inFlight).toEqual({ ok: false, error: 'Error: Extension context invalidated.' });
  });

  it('close() settles everything in flight as failed, asking nothing again', async () => {
    const oneOff: unknown[] = [];
    const port = new FakePort();
    const requester = createPortRequester(() => port, (message) => {
      oneOff.push(message);
      return Promise.resolve('again');
    });
    const inFlight = requester.request({ type: 'judge' });
    requester.close();
    expect(await inFlight).toEqual({ ok: false, error: 'closed' });
    expect(oneOff).toEqual([]);
    expect(port.disconnected).toBe(true);
  });
});
