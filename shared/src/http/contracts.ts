import { authContract } from "../auth/contract.js";
import { couponContract } from "../coupons/contract.js";
import { kitchenContract } from "../kitchen/contract.js";
import { menuContract } from "../menu/contract.js";
import { notificationContract } from "../notifications/contract.js";
import { orderContract } from "../orders/contract.js";
import { paymentContract } from "../payments/contract.js";
import { ratingContract } from "../ratings/contract.js";
import { receiptContract } from "../receipts/contract.js";
import { reportContract } from "../reports/contract.js";
import { serviceRequestContract } from "../service-requests/contract.js";
import { shopContract } from "../shops/contract.js";
import { tableContract } from "../tables/contract.js";

/** Every operation of the shared contract, by operationId: what the server documents. */
export const operations = {
  ...authContract,
  ...couponContract,
  ...kitchenContract,
  ...menuContract,
  ...notificationContract,
  ...orderContract,
  ...paymentContract,
  ...ratingContract,
  ...receiptContract,
  ...reportContract,
  ...serviceRequestContract,
  ...shopContract,
  ...tableContract,
};
