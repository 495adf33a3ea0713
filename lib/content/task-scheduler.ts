// Runs a callback once in a task of its own, as soon as the event loop gets to it: after the current
// task, its microtasks and, if due, the frame's rendering. A MessageChannel rather than
// `setTimeout(0)`, which browsers clamp to 4 ms inside chains of timers (legacy grids redraw from
// timers).
export interface TaskScheduler {
  /** Asks for one run; further calls before it runs change nothing. */
  schedule(): void;
  cancel(): void;
}

export function createTaskScheduler(run: () => void): TaskScheduler {
  let pending = false;
  let channel: MessageChannel | undefined;
  const fire = (): void => {
    if (!pending) return;
    pending = false;
    run();
  };
  return {
    schedule() {
      if (pending) return;
      pending = true;
      channel ??= new MessageChannel();
      channel.port1.onmessage = fire;
      channel.port2.postMessage(null);
    },
    cancel() {
      pending = false;
      channel?.port1.close();
      channel = undefined;
    },
  };
}
