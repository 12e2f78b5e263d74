import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import * as notificationRoutes from "./routes.js";
import { pushSubscriptionRequestSchema, vapidPublicKeySchema } from "./schemas.js";

export const notificationSchemas = {
  getVapidPublicKey: { response: vapidPublicKeySchema },
  subscribeToPush: {
    params: idParams,
    body: pushSubscriptionRequestSchema,
    response: z.object({ subscribed: z.literal(true) }),
  },
};

export const notificationContract = /* @__PURE__ */ contract(notificationRoutes, notificationSchemas);
