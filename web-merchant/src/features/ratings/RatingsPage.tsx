import type { MerchantRatings } from "@tabletap/shared";
import { useEffect, useState } from "react";
import type { RequestFailure } from "../../lib/api";
import { useStaffSession } from "../auth/session";
import { DishRatingCard, Stars } from "./DishRatingCard";
import { ratingsApi } from "./ratingsApi";
import { type DishOrder, dishOrders, overall, sortDishes } from "./sortDishes";
import "./ratings.css";

type Loaded =
  | { status: "loading" }
  | { status: "ready"; data: MerchantRatings }
  | { status: "failed"; error: RequestFailure };

/** `/ratings` (managers and owners): what diners thought of each dish, weakest first. */
export function RatingsPage() {
  const { shop } = useStaffSession();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [order, setOrder] = useState<DishOrder>("lowest");
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` reloads on purpose.
  useEffect(() => {
    let live = true;
    void ratingsApi.list().then((result) => {
      if (!live) return;
      setLoaded(
        result.ok ? { status: "ready", data: result.data } : { status: "failed", error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const dishes = loaded.status === "ready" ? sortDishes(loaded.data.dishes, order) : [];
  const total = overall(dishes);
  return (
    <main className="ratings-page" aria-busy={loaded.status === "loading"}>
      <header className="ratings-head">
        <div>
          <h1>Ratings</h1>
          <p className="ratings-muted">
            What diners thought of each dish, 1 to 5 stars, after their order was completed.
          </p>
        </div>
        {total.average !== undefined && (
          <div className="ratings-overall">
            <span className="ratings-overall__number">{total.average.toFixed(1)}</span>
            <span>
              <Stars average={total.average} />
              <span className="ratings-overall__count">
                {total.count} {total.count === 1 ? "rating" : "ratings"} · {dishes.length}{" "}
                {dishes.length === 1 ? "dish" : "dishes"}
              </span>
            </span>
          </div>
        )}
      </header>
      {loaded.status === "failed" && (
        <div className="form-error" role="alert">
          {loaded.error.message}{" "}
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {loaded.status === "loading" && (
        <p className="ratings-muted" role="status">
          Loading ratings…
        </p>
      )}
      {loaded.status === "ready" && dishes.length === 0 && (
        <div className="ratings-empty">
          <p className="ratings-empty__title">No ratings yet</p>
          <p className="ratings-muted">
            Diners can rate each dish once their order is completed. Averages appear here and on the diner
            menu.
          </p>
        </div>
      )}
      {dishes.length > 0 && (
        <>
          <fieldset className="ratings-sort">
            <legend className="ratings-sort__legend">Order dishes</legend>
            {dishOrders.map((choice) => (
              <button
                key={choice.value}
                type="button"
                aria-pressed={order === choice.value}
                className={`button${order === choice.value ? " button-primary" : ""}`}
                onClick={() => setOrder(choice.value)}
              >
                {choice.label}
              </button>
            ))}
          </fieldset>
          <ul className="dish-ratings">
            {dishes.map((dish) => (
              <DishRatingCard key={dish.itemId} dish={dish} timeZone={shop.timezone} locale={shop.locale} />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
