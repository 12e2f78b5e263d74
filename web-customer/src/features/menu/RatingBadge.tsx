import { StarIcon } from "../../components/Icons";
import { text } from "../../lib/text";
import "./rating-badge.css";

/** "★ 4.3 (12)" on a menu card: diners' average for the dish, with how many rated it. */
export function RatingBadge({ average, count }: { average: number; count: number }) {
  const shown = average.toFixed(1);
  return (
    <span className="item-card__rating">
      <StarIcon />
      <span aria-hidden="true">{text.menu.rating(shown, count)}</span>
      <span className="visually-hidden">{text.menu.ratingLabel(shown, count)}</span>
    </span>
  );
}
