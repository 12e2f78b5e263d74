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

interface Tone {
  notes: number[];
  gap: number;
  peak: number;
  length: number;
  type: OscillatorType;
}

/** Two rising bell-like notes: audible over a kitchen, distinct from a phone ringtone. */
const chime: Tone = { notes: [880, 1318.5], gap: 0.18, peak: 0.35, length: 0.9, type: "sine" };
/** A late order: the same bell, three notes, brighter and louder, hard to tune out. */
const alarm: Tone = { notes: [1318.5, 880, 1318.5], gap: 0.16, peak: 0.8, length: 0.5, type: "triangle" };

function play(tone: Tone): void {
  if (context?.state !== "running") return;
  const start = context.currentTime + 0.01;
  for (const [index, frequency] of tone.notes.entries()) {
    const at = start + index * tone.gap;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = tone.type;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(tone.peak, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.length);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + tone.length + 0.05);
  }
}

/** Name of the window event sent every time the board's alert sounds (even while audio is still locked). */
export const ALERT_EVENT = "tabletap:alert";

/** Sounds the new-order chime, or the louder alarm for a late order, and tells the page it did. */
export function playAlert(level: "new" | "escalated"): void {
  play(level === "escalated" ? alarm : chime);
  window.dispatchEvent(new CustomEvent(ALERT_EVENT, { detail: { level } }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSoundEnabled(): boolean {
  return useSyncExternalStore(subscribe, isSoundEnabled);
}
