import type { CartSubmitted } from "@tabletap/shared";
import { Link } from "wouter";
import { CloseIcon } from "../../components/Icons";
import { t } from "../language/i18n";

interface SubmittedNoticeProps {
  submitted: CartSubmitted;
  nickname: string;
  onDismiss: () => void;
}

/** Tells everyone at the table that the shared cart went to the kitchen, and by whom. */
export function SubmittedNotice({ submitted, nickname, onDismiss }: SubmittedNoticeProps) {
  const { by, orderId, pickupNumber } = submitted.submission;
  const pickup = `#${pickupNumber}`;
  return (
    <div className="submitted-notice" role="status" data-testid="submitted-notice">
      <p className="submitted-notice__text">
        {by === nickname
          ? t("tableCart.submittedByYou", { pickup })
          : t("tableCart.submittedBy", { name: by, pickup })}
      </p>
      <Link href={`/orders/${encodeURIComponent(orderId)}`} className="submitted-notice__link">
        {t("tableCart.followOrder")}
      </Link>
      <button
        type="button"
        className="icon-button submitted-notice__close"
        onClick={onDismiss}
        aria-label={t("tableCart.dismiss")}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
