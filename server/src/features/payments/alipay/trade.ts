import type { AlipaySdk } from "alipay-sdk";
import { z } from "zod";
import { fenToYuan, yuanToFen } from "./money.js";

// Calls through the v2 gateway (the configured ALIPAY_GATEWAY, the same protocol as the wap payment and its
// notifications). `validateSign` makes the SDK reject any answer not signed with Alipay's key, so a
// spoofed or proxied gateway cannot report a payment as made.

const answerSchema = z.object({
  code: z.string(),
  msg: z.string().optional(),
  sub_code: z.string().optional(),
  sub_msg: z.string().optional(),
});
const queryAnswerSchema = answerSchema.extend({ trade_status: z.string(), total_amount: z.string() });

const TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST";
const SUCCESS = "10000";

export type TradeStatus = "pending" | "paid" | "failed";

/** The SDK client with the clock its requests are stamped by. */
export interface AlipayGateway {
  sdk: AlipaySdk;
  timestamp: () => string;
}

async function call(gateway: AlipayGateway, method: string, bizContent: Record<string, string>) {
  const raw = await gateway.sdk.exec(
    method,
    { bizContent, timestamp: gateway.timestamp() },
    { validateSign: true },
  );
  const answer = answerSchema.parse(raw);
  return { answer, raw };
}

const failure = (method: string, answer: z.infer<typeof answerSchema>) =>
  new Error(
    `${method} failed: ${answer.code} ${answer.sub_code ?? ""} ${answer.sub_msg ?? answer.msg ?? ""}`,
  );

/** alipay.trade.query; null while Alipay has no such trade (the diner has not opened the cashier yet). */
export async function queryTrade(
  gateway: AlipayGateway,
  outTradeNo: string,
): Promise<{ status: TradeStatus; amount: number } | null> {
  const method = "alipay.trade.query";
  const { answer, raw } = await call(gateway, method, { out_trade_no: outTradeNo });
  if (answer.sub_code === TRADE_NOT_EXIST) return null;
  if (answer.code !== SUCCESS) throw failure(method, answer);
  const trade = queryAnswerSchema.parse(raw);
  const amount = yuanToFen(trade.total_amount);
  if (amount === null) throw new Error(`${method} returned total_amount ${trade.total_amount}`);
  const status: TradeStatus =
    trade.trade_status === "TRADE_SUCCESS" || trade.trade_status === "TRADE_FINISHED"
      ? "paid"
      : trade.trade_status === "TRADE_CLOSED"
        ? "failed"
        : "pending";
  return { status, amount };
}

/**
 * alipay.trade.refund of the whole payment. The request number is derived from the trade, so a retried job
 * repeats the same refund request, which Alipay answers without moving money twice.
 */
export async function refundTrade(gateway: AlipayGateway, outTradeNo: string, amount: number): Promise<void> {
  const method = "alipay.trade.refund";
  const { answer } = await call(gateway, method, {
    out_trade_no: outTradeNo,
    refund_amount: fenToYuan(amount),
    out_request_no: `refund-${outTradeNo}`,
  });
  if (answer.code !== SUCCESS) throw failure(method, answer);
}
