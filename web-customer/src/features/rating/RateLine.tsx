import { type LineRating, MAX_RATING_COMMENT, type OrderLine } from "@tabletap/shared";
import { useId } from "react";
import { t } from "../language/i18n";
import { StarInput } from "./StarInput";

export interface Draft {
  score?: number;
  comment: string;
}

/** One dish of the order: stars, then a short comment once a star is picked; read-only once rated. */
export function RateLine(props: {
  line: OrderLine;
  rated: LineRating | undefined;
  draft: Draft;
  onChange: (draft: Draft) => void;
}) {
  const { line, rated, draft, onChange } = props;
  const id = useId();
  const label = t("rating.lineLabel", { name: line.name });
  return (
    <li className={`rate-line${rated ? " rate-line--done" : ""}`} data-testid="rate-line">
      <div className="rate-line__head">
        <p className="rate-line__name">
          {line.quantity > 1 ? <span className="rate-line__quantity">{line.quantity}× </span> : null}
          {line.name}
        </p>
        {rated ? <span className="rate-line__badge">{t("rating.rated")}</span> : null}
      </div>
      {line.options.length > 0 ? (
        <p className="rate-line__options">{line.options.map((option) => option.name).join(" · ")}</p>
      ) : null}
      {rated ? (
        <>
          <StarInput name={`${id}-stars`} label={label} value={rated.score} />
          {/* Plain text, as typed: React never interprets it as markup. */}
          {rated.comment ? <p className="rate-line__comment">“{rated.comment}”</p> : null}
        </>
      ) : (
        <>
          <StarInput
            name={`${id}-stars`}
            label={label}
            value={draft.score}
            onChange={(score) => onChange({ ...draft, score })}
          />
          {draft.score ? (
            <label className="rate-line__field">
              <span className="rate-line__field-label">
                {t("rating.commentLabel")}
                <span className="rate-line__counter" aria-hidden="true">
                  {draft.comment.length}/{MAX_RATING_COMMENT}
                </span>
              </span>
              <textarea
                className="field__input"
                rows={2}
                maxLength={MAX_RATING_COMMENT}
                placeholder={t("rating.commentPlaceholder")}
                value={draft.comment}
                onChange={(event) => onChange({ ...draft, comment: event.target.value })}
              />
            </label>
          ) : null}
        </>
      )}
    </li>
  );
}
