import { createSign, createVerify, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { alipayPublicKeyPem, appPrivateKeyPem } from "./keys.js";

const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");

const signsAndVerifies = (privatePem: string, publicPem: string) => {
  const signature = createSign("RSA-SHA256").update("a=1&b=2").sign(privatePem, "base64");
  return createVerify("RSA-SHA256").update("a=1&b=2").verify(publicPem, signature, "base64");
};

describe("Alipay key normalisation", () => {
  const pkcs8 = String(pair.privateKey.export({ type: "pkcs8", format: "pem" }));
  const pkcs1 = String(pair.privateKey.export({ type: "pkcs1", format: "pem" }));
  const spki = String(pair.publicKey.export({ type: "spki", format: "pem" }));
  const pkcs1Public = String(pair.publicKey.export({ type: "pkcs1", format: "pem" }));

  it.each([
    ["PKCS#8 PEM", pkcs8],
    ["PKCS#1 PEM", pkcs1],
    ["PEM with escaped newlines", pkcs8.replaceAll("\n", "\\n")],
    ["bare PKCS#8 base64", bare(pkcs8)],
    ["bare PKCS#1 base64", bare(pkcs1)],
  ])("reads a private key as %s", (_name, text) => {
    const pem = appPrivateKeyPem(text);
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/);
    expect(signsAndVerifies(pem, spki)).toBe(true);
  });

  it.each([
    ["SPKI PEM", spki],
    ["PKCS#1 PEM", pkcs1Public],
    ["bare SPKI base64", bare(spki)],
  ])("reads a public key as %s", (_name, text) => {
    const pem = alipayPublicKeyPem(text);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
    expect(signsAndVerifies(pkcs8, pem)).toBe(true);
  });

  it("names the variable when a key cannot be read, and refuses a private key given as Alipay's", () => {
    expect(() => appPrivateKeyPem("not a key")).toThrow(/ALIPAY_PRIVATE_KEY/);
    expect(() => alipayPublicKeyPem("bm90IGEga2V5")).toThrow(/ALIPAY_PUBLIC_KEY/);
    expect(() => alipayPublicKeyPem(pkcs8)).toThrow(/private key/);
  });
});
