import { orderContract } from "@tabletap/shared";
import { dinerToken, documented } from "../../http/openapi-parts.js";

export const waitPaths = documented(orderContract.getOrderWait, {
  ...dinerToken,
  summary: "Estimated wait: a range of minutes from the shop's recent preparation times and its queue",
  success: "The estimate, or null when there is nothing left to wait for",
});
