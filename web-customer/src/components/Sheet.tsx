import { type ReactNode, useEffect, useId, useRef } from "react";
import { t } from "../features/language/i18n";
import { CloseIcon } from "./Icons";

interface SheetProps {
  title: string;
  /** Small line under the title, e.g. the table label. */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Stays pinned to the bottom of the sheet while the body scrolls: the primary action goes here. */
  footer?: ReactNode;
}

/**
 * A bottom sheet on a native modal <dialog>: the browser gives focus trapping, Escape to close, an inert
 * page behind it and a top layer for free. Mounted to open, unmounted to close.
 */
export function Sheet({ title, subtitle, onClose, children, footer }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Guarded because React's development double-mount would otherwise call showModal() twice.
    if (!dialog.open) dialog.showModal();
    // iOS keeps scrolling the page under a modal dialog unless the root stops scrolling.
    const root = document.documentElement;
    const previous = root.style.overflow;
    root.style.overflow = "hidden";
    return () => {
      root.style.overflow = previous;
    };
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click only catches taps on the backdrop; Escape closes natively.
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="sheet__panel">
        <header className="sheet__header">
          <div>
            <h2 id={titleId} className="sheet__title">
              {title}
            </h2>
            {subtitle ? <p className="sheet__subtitle">{subtitle}</p> : null}
          </div>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t("common.close")}>
            <CloseIcon />
          </button>
        </header>
        <div className="sheet__body">{children}</div>
        {footer ? <div className="sheet__footer">{footer}</div> : null}
      </div>
    </dialog>
  );
}
