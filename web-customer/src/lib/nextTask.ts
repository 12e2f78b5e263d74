/**
 * Resolves in a later task, so the browser can paint and handle input between two pieces of startup work.
 * `scheduler.yield` puts the continuation ahead of other queued work where a browser has it.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
