import type { DishRatings } from "@tabletap/shared";

const SCORES = [5, 4, 3, 2, 1] as const;

/** "★★★★☆" drawn in text, with the mean for screen readers. */
export function Stars({ average }: { average: number }) {
  // 4.5 is not five stars: a star is lit from three quarters up.
  const full = Math.floor(average + 0.25);
  return (
    <span className="rating-stars" role="img" aria-label={`${average.toFixed(1)} out of 5`}>
      <span aria-hidden="true">{"★".repeat(full)}</span>
      <span aria-hidden="true" className="rating-stars__off">
        {"★".repeat(5 - full)}
      </span>
    </span>
  );
}

/** One dish: its mean and count, how the scores spread, and what diners wrote (as plain text). */
export function DishRatingCard({
  dish,
  timeZone,
  locale,
}: {
  dish: DishRatings;
  timeZone: string;
  locale: string;
}) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const most = Math.max(...dish.histogram, 1);
  const low = dish.average < 3;
  return (
    <li className={`dish-rating${low ? " dish-rating--low" : ""}`} data-testid="dish-rating">
      <div className="dish-rating__summary">
        <h2 className="dish-rating__name">{dish.name}</h2>
        <p className="dish-rating__average">
          <span className="dish-rating__number">{dish.average.toFixed(1)}</span>
          <Stars average={dish.average} />
        </p>
        <p className="dish-rating__count">
          {dish.count} {dish.count === 1 ? "rating" : "ratings"}
        </p>
      </div>
      <dl className="dish-rating__spread" aria-label={`How ${dish.name} was rated`}>
        {SCORES.map((score) => {
          const n = dish.histogram[score - 1] ?? 0;
          return (
            <div key={score} className="spread-row">
              <dt>{score}★</dt>
              <dd>
                <span
                  className={`spread-row__bar${n === 0 ? " spread-row__bar--none" : ""}`}
                  style={{ width: `${(n / most) * 100}%` }}
                />
                <span className="spread-row__n">{n}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="dish-rating__comments">
        {dish.recent.length === 0 ? (
          <p className="ratings-muted">No comments yet.</p>
        ) : (
          <ul>
            {dish.recent.map((comment) => (
              <li key={`${comment.createdAt}-${comment.comment}`} className="dish-comment">
                <span className="dish-comment__score">{comment.score}★</span>
                {/* Diners' words, shown as text: React never renders them as markup. */}
                <q className="dish-comment__text">{comment.comment}</q>
                <time className="dish-comment__date" dateTime={comment.createdAt}>
                  {day.format(new Date(comment.createdAt))}
                </time>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
