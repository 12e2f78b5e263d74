// Short waits for a blip; past the last one the error boundary offers a reload.
const RETRY_DELAYS_MS = [500, 2000, 5000];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const backOnline = () =>
  new Promise<void>((resolve) => window.addEventListener("online", () => resolve(), { once: true }));

/**
 * Wraps a lazy screen's loader so a dropped connection does not end the app: React keeps a rejected lazy
 * promise for good, so the retries happen in here. Offline it waits for the connection (the Suspense
 * fallback and the offline notice show meanwhile) and carries on by itself; online it tries a few more
 * times, then lets the failure reach the error boundary.
 */
export function retryingLoad<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => {
    for (let failures = 0; ; ) {
      try {
        return await load();
      } catch (error) {
        if (!navigator.onLine) {
          await backOnline();
          continue;
        }
        const delay = RETRY_DELAYS_MS[failures++];
        if (delay === undefined) throw error;
        await sleep(delay);
      }
    }
  };
}
