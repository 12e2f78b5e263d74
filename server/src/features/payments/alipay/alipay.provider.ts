import type { Config } from "../../../config.js";
import type { Db } from "../../../db/database.js";
import type { PaymentProvider } from "../provider.js";

/** Alipay mobile-web payments (alipay.trade.wap.pay) with asynchronous notifications checked by the SDK. */
export function createAlipayProvider(_deps: {
  config: NonNullable<Config["alipay"]>;
  db: Db;
  clock: () => number;
}): PaymentProvider {
  throw new Error("The Alipay adapter is not available in this build");
}
