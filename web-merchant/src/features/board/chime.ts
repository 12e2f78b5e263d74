import { useSyncExternalStore } from "react";

// Browsers keep audio muted until the page gets a user gesture, so the context is created lazily
// from one (the "Enable sound" button, or any first tap on the console) and kept for the session.
let context: AudioContext | null = null;
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

export function isSoundEnabled(): boolean {
  return context?.state === "running";
}

/** Call from a user gesture. Resolves to whether audio is now allowed to play. */
export async function enableSound(): Promise<boolean> {
  if (typeof AudioContext === "undefined") return false;
  if (!context) {
    context = new AudioContext();
    // Tablets suspend audio when the screen locks or a call comes in; the button must come back then.
    context.addEventListener("statechange", notify);
  }
  try {
    await context.resume();
  } catch {
    // Still locked; the button stays visible and the next tap tries again.
  }
  notify();
  return isSoundEnabled();
}

/** Two rising bell-like notes: audible over a kitchen, distinct from a phone ringtone. */
export function playChime(): void {
  if (context?.state !== "running") return;
  const start = context.currentTime + 0.01;
  for (const [index, frequency] of [880, 1318.5].entries()) {
    const at = start + index * 0.18;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.95);
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSoundEnabled(): boolean {
  return useSyncExternalStore(subscribe, isSoundEnabled);
}
