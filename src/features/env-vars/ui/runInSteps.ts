/** The next task: scheduler.yield where the browser has it (it resumes ahead of other tasks), else a message. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** After the next frame is painted: a state set before it (a busy label) is on screen. */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}

/**
 * Runs a generator of steps, one task per step, so that no step holds the page and the browser can paint
 * the progress each step reports. Resolves undefined if `run.cancelled` was set meanwhile.
 */
export async function runInSteps<P, R>(steps: Generator<P, R, void>, onProgress: (progress: P) => void, run: { cancelled: boolean }): Promise<R | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    await nextTask();
    if (run.cancelled) return undefined;
  }
}
