import { createSign, createVerify, generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

/** A fresh RSA-2048 pair in PEM, like the ones an app and Alipay exchange. */
export const rsaKeyPair = (): KeyPair =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });

/** Alipay's string to sign: fields sorted by name, `k=v` joined by `&`, leaving out the excluded ones. */
const signContent = (fields: Record<string, string>, exclude: string[]) =>
  Object.keys(fields)
    .filter((key) => !exclude.includes(key))
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("&");

const rsa2Sign = (content: string, privateKey: string) =>
  createSign("RSA-SHA256").update(content, "utf8").sign(privateKey, "base64");

/**
 * An asynchronous notification body exactly as Alipay posts it: signed over every field but sign and
 * sign_type with Alipay's private key, then form-encoded.
 */
export function notificationBody(fields: Record<string, string>, alipayPrivateKey: string): string {
  const sign = rsa2Sign(signContent(fields, ["sign", "sign_type"]), alipayPrivateKey);
  return new URLSearchParams({ ...fields, sign_type: "RSA2", sign }).toString();
}

/** Checks an app's request (a gateway call or the wap.pay URL) the way Alipay does: every field but sign. */
export function appSignatureValid(fields: Record<string, string>, appPublicKey: string): boolean {
  const { sign } = fields;
  if (!sign) return false;
  return createVerify("RSA-SHA256")
    .update(signContent(fields, ["sign"]), "utf8")
    .verify(appPublicKey, sign, "base64");
}

export interface GatewayCall {
  method: string;
  biz: Record<string, string>;
}

export interface FakeAlipay {
  /** The gateway URL to configure as ALIPAY_GATEWAY. */
  url: string;
  /** Every correctly signed call, in arrival order. */
  calls: GatewayCall[];
  /** What alipay.trade.query answers, by out_trade_no; a missing trade answers ACQ.TRADE_NOT_EXIST. */
  trades: Map<string, { trade_status: string; total_amount: string }>;
  /** The key responses are signed with; tests swap it to play an impostor. */
  responseKey: string;
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A local stand-in for Alipay's v2 gateway (alipay.trade.query and alipay.trade.refund): it checks the app's
 * request signature and signs its answers with the test's "Alipay" key, as the real gateway does.
 */
export async function startFakeAlipay(keys: {
  alipayPrivateKey: string;
  appPublicKey: string;
}): Promise<FakeAlipay> {
  const fake: Omit<FakeAlipay, "url" | "close"> = {
    calls: [],
    trades: new Map(),
    responseKey: keys.alipayPrivateKey,
  };
  const refundRequests = new Set<string>();

  const answer = (call: GatewayCall): Record<string, string> => {
    const outTradeNo = call.biz.out_trade_no ?? "";
    if (call.method === "alipay.trade.query") {
      const trade = fake.trades.get(outTradeNo);
      if (!trade) {
        return {
          code: "40004",
          msg: "Business Failed",
          sub_code: "ACQ.TRADE_NOT_EXIST",
          sub_msg: "交易不存在",
        };
      }
      return {
        code: "10000",
        msg: "Success",
        out_trade_no: outTradeNo,
        trade_no: `T${outTradeNo}`,
        ...trade,
      };
    }
    if (call.method === "alipay.trade.refund") {
      // A repeated out_request_no is the same refund: answered, but no money moves again.
      const requestNo = call.biz.out_request_no ?? "";
      const fundChange = refundRequests.has(requestNo) ? "N" : "Y";
      refundRequests.add(requestNo);
      const refund = call.biz.refund_amount ?? "";
      return {
        code: "10000",
        msg: "Success",
        out_trade_no: outTradeNo,
        refund_fee: refund,
        fund_change: fundChange,
      };
    }
    return { code: "40004", msg: "Business Failed", sub_code: "isv.invalid-method" };
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://gateway");
    const fields = {
      ...Object.fromEntries(url.searchParams),
      ...Object.fromEntries(new URLSearchParams(await readBody(req))),
    };
    const method = fields.method ?? "";
    let result: Record<string, string>;
    if (!appSignatureValid(fields, keys.appPublicKey)) {
      result = { code: "40002", msg: "Invalid Arguments", sub_code: "isv.invalid-signature" };
    } else {
      const call = { method, biz: JSON.parse(fields.biz_content ?? "{}") as Record<string, string> };
      fake.calls.push(call);
      result = answer(call);
    }
    const inner = JSON.stringify(result);
    const responseKey = `${method.replaceAll(".", "_")}_response`;
    const sign = rsa2Sign(inner, fake.responseKey);
    res.writeHead(200, { "Content-Type": "application/json;charset=utf-8" });
    res.end(`{"${responseKey}":${inner},"sign":"${sign}"}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/gateway.do`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
