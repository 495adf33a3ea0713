// Runs a callback once in a task of its own, as soon as the event loop gets to it: after the current
// task, its microtasks and, if due, the frame's rendering. (`setTimeout(0)`: a MessageChannel post
// cost ~80 µs from the content script's world in `npm run bench`; a timer a few µs. Inside long
// chains of page timers the browser may clamp it to 4 ms, which only delays a re-drawn marker.)
export interface TaskScheduler {
  /** Asks for one run; further calls before it runs change nothing. */
  schedule(): void;
  cancel(): void;
}

export function createTaskScheduler(run: () => void): TaskScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      timer ??= setTimeout(() => {
        timer = undefined;
        run();
      }, 0);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
