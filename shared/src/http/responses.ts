import { authSchemas } from "../auth/contract.js";
import { couponSchemas } from "../coupons/contract.js";
import { kitchenSchemas } from "../kitchen/contract.js";
import { menuSchemas } from "../menu/contract.js";
import { notificationSchemas } from "../notifications/contract.js";
import { orderSchemas } from "../orders/contract.js";
import { paymentSchemas } from "../payments/contract.js";
import { ratingSchemas } from "../ratings/contract.js";
import { receiptSchemas } from "../receipts/contract.js";
import { reportSchemas } from "../reports/contract.js";
import { serviceRequestSchemas } from "../service-requests/contract.js";
import { shopSchemas } from "../shops/contract.js";
import { tableSchemas } from "../tables/contract.js";
import type { Validator, Validators } from "./client.js";
import type { RouteSchemas } from "./route.js";

// Schemas only, not the routes: a browser loads this on its first answer, and has the routes it calls.
const byId: Record<string, RouteSchemas> = {
  ...authSchemas,
  ...couponSchemas,
  ...kitchenSchemas,
  ...menuSchemas,
  ...notificationSchemas,
  ...orderSchemas,
  ...paymentSchemas,
  ...ratingSchemas,
  ...receiptSchemas,
  ...reportSchemas,
  ...serviceRequestSchemas,
  ...shopSchemas,
  ...tableSchemas,
};

/** The client's `validators`: each operation's response schema, by operationId. */
export const responseValidators: Validators = (operationId) =>
  Object.hasOwn(byId, operationId) ? (byId[operationId]?.response as Validator | undefined) : undefined;
