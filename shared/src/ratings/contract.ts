import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import * as ratingRoutes from "./routes.js";
import { merchantRatingsSchema, orderRatingsSchema, rateOrderRequestSchema } from "./schemas.js";

export const ratingSchemas = {
  listOrderRatings: { params: idParams, response: orderRatingsSchema },
  rateOrder: { params: idParams, body: rateOrderRequestSchema, response: orderRatingsSchema },
  listDishRatings: { response: merchantRatingsSchema },
};

export const ratingContract = /* @__PURE__ */ contract(ratingRoutes, ratingSchemas);
