import { useEffect } from "react";

/**
 * Keeps the tablet screen on while the console is open: a board that dims goes unwatched, and a
 * sleeping tablet drops its socket. The lock is released whenever the page is hidden, so it is
 * taken again on return. Unsupported browsers and insecure origins simply keep their own timeout.
 */
export function useScreenWakeLock(): void {
  useEffect(() => {
    if (!("wakeLock" in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let released = false;

    const acquire = async () => {
      if (document.visibilityState !== "visible" || released) return;
      try {
        sentinel = await navigator.wakeLock.request("screen");
      } catch {
        // Denied (battery saver, no user gesture yet): the screen just follows its normal timeout.
      }
    };
    const onVisibility = () => void acquire();

    void acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      released = true;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release();
    };
  }, []);
}
