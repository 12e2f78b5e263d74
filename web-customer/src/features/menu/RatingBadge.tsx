import { StarIcon } from "../../components/Icons";
import { t } from "../language/i18n";
import "./rating-badge.css";

/** "★ 4.3 (12)" on a menu card: diners' average for the dish, with how many rated it. */
export function RatingBadge({ average, count }: { average: number; count: number }) {
  const shown = average.toFixed(1);
  return (
    <span className="item-card__rating">
      <StarIcon />
      <span aria-hidden="true">{t("menu.rating", { average: shown, count })}</span>
      <span className="visually-hidden">{t("menu.ratingLabel", { average: shown, count })}</span>
    </span>
  );
}
