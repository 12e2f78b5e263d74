import type { LineRating, Order } from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import { ApiRequestError } from "../../lib/api";
import { t } from "../language/i18n";
import type { Draft } from "./RateLine";
import { rateOrder } from "./ratingApi";

/** Stars and comments being typed, sent together; only lines with a star picked and not yet rated go. */
export function useRateForm(options: {
  order: Order;
  orderToken: string;
  ratings: LineRating[];
  onRated: (ratings: LineRating[]) => void;
}) {
  const { order, orderToken, ratings, onRated } = options;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [justSent, setJustSent] = useState(false);
  const rated = new Set(ratings.map((rating) => rating.lineId));
  const ready = order.lines.flatMap((line) => {
    const draft = drafts[line.id];
    if (rated.has(line.id) || !draft?.score) return [];
    const comment = draft.comment.trim();
    return [{ lineId: line.id, score: draft.score, ...(comment ? { comment } : {}) }];
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (ready.length === 0 || sending) return;
    setSending(true);
    setError(undefined);
    try {
      const result = await rateOrder(order.id, orderToken, { ratings: ready });
      onRated(result.ratings);
      setJustSent(true);
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : t("errors.generic"));
    } finally {
      setSending(false);
    }
  };

  return {
    drafts,
    setDraft: (lineId: string, draft: Draft) => setDrafts((all) => ({ ...all, [lineId]: draft })),
    pending: ready.length,
    sending,
    error,
    justSent,
    submit: (event: FormEvent) => void submit(event),
  };
}
