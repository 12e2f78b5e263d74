import { ratingRoutes } from "@tabletap/shared";
import { call } from "../../lib/api";

/** Diners' ratings per dish, for those who read reports. */
export const ratingsApi = {
  list: () => call(ratingRoutes.listDishRatings, {}),
};
