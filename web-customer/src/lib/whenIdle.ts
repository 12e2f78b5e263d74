/**
 * Runs `work` once the main thread has nothing more urgent to do (the app's first render, the browser's
 * layout and paint of it), or after `timeoutMs` at the latest; returns what cancels it. Browsers without
 * idle callbacks (Safari) get a short timer instead.
 */
export function whenIdle(work: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}
