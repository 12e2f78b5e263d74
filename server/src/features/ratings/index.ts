// Diners rate the dishes of their order; the menu shows each dish's average. Imports only auth.
export { ratingPaths } from "./ratings.openapi.js";
export { ratingSummaries } from "./ratings.repository.js";
export { dinerRatingRoutes, merchantRatingRoutes } from "./ratings.routes.js";
