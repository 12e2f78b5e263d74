import { AlipaySdk } from "alipay-sdk";
import type { Config } from "../../../config.js";
import type { Db } from "../../../db/database.js";
import { findPayment } from "../payments.repository.js";
import type { PaymentProvider } from "../provider.js";
import { alipayPublicKeyPem, appPrivateKeyPem } from "./keys.js";
import { fenToYuan } from "./money.js";
import { readNotification } from "./notification.js";
import { beijingTimestamp } from "./timestamp.js";
import { type AlipayGateway, queryTrade, refundTrade } from "./trade.js";

/** Alipay forbids some characters in a subject ("/", "=", "&"); a shop called "Tom & Jerry" must still pay. */
const subjectFrom = (merchantName: string) =>
  merchantName.replace(/[/=&]/g, " ").replace(/\s+/g, " ").trim().slice(0, 256) || "Order";

/**
 * Alipay mobile-web payments (alipay.trade.wap.pay) with asynchronous notifications checked by the SDK.
 * out_trade_no is our payment id, so a notification finds its payment without any stored Alipay id.
 */
export function createAlipayProvider(deps: {
  config: NonNullable<Config["alipay"]>;
  db: Db;
  clock: () => number;
  /** This server's public base URL, for notify_url. */
  publicUrl?: string;
}): PaymentProvider {
  const { config, db } = deps;
  const sdk = new AlipaySdk({
    appId: config.appId,
    privateKey: appPrivateKeyPem(config.privateKey),
    keyType: "PKCS8",
    alipayPublicKey: alipayPublicKeyPem(config.alipayPublicKey),
    gateway: config.gateway,
    signType: "RSA2",
    // Keep Alipay's own field names (trade_status, total_amount) as its documentation spells them.
    camelcase: false,
  });
  const gateway: AlipayGateway = { sdk, timestamp: () => beijingTimestamp(deps.clock()) };

  return {
    name: "alipay",
    acknowledgement: { contentType: "text/plain", body: "success" },

    async createCheckout(request) {
      if (request.currency !== "CNY") throw new Error(`Alipay takes CNY only, not ${request.currency}`);
      // Without publicUrl the return URL's origin is the best guess at this server's public address.
      const publicUrl = deps.publicUrl ?? new URL(request.returnUrl).origin;
      const checkoutUrl = sdk.pageExecute("alipay.trade.wap.pay", "GET", {
        bizContent: {
          out_trade_no: request.paymentId,
          total_amount: fenToYuan(request.amount),
          subject: subjectFrom(request.merchantName),
          product_code: "QUICK_WAP_WAY",
          // Where Alipay's cashier sends a diner who gives up, so they land back on their order.
          quit_url: request.returnUrl,
        },
        returnUrl: request.returnUrl,
        notifyUrl: `${publicUrl}/api/webhooks/alipay`,
        timestamp: gateway.timestamp(),
      });
      return { providerRef: request.paymentId, checkoutUrl };
    },

    verifyNotification(rawBody) {
      return readNotification({ sdk, appId: config.appId, sellerId: config.sellerId }, rawBody);
    },

    async fetchStatus(providerRef) {
      const trade = await queryTrade(gateway, providerRef);
      if (trade) return { ...trade, currency: "CNY" };
      // No trade at Alipay yet: the diner never opened the cashier, so the payment is simply still open.
      const payment = await findPayment(db, providerRef);
      if (!payment) throw new Error(`no payment ${providerRef}`);
      return { status: "pending", amount: payment.amount, currency: payment.currency };
    },

    async refund(providerRef, amount) {
      await refundTrade(gateway, providerRef, amount);
    },
  };
}
