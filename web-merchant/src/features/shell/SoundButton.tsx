import { enableSound, useSoundEnabled } from "../board/chime";

/** Shown until the browser lets us play audio; a silent board is the costliest failure on a busy shift. */
export function SoundButton() {
  const enabled = useSoundEnabled();
  if (enabled) {
    return (
      <span className="sound-on" role="img" aria-label="Sound on" title="A chime plays for every new order">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
          <path
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            stroke="currentColor"
            strokeWidth="2"
            fill="none"
          />
        </svg>
      </span>
    );
  }
  return (
    <button type="button" className="button button-attention" onClick={() => void enableSound()}>
      Enable sound
    </button>
  );
}
