import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

// Keys arrive as PEM (PKCS#1 or PKCS#8, sometimes with "\n" escaped into one env line) or as the bare
// base64 that Alipay's key tool prints. The SDK wants one exact shape, so every form is normalised here and
// a key that cannot be read stops start-up with a message naming the variable.

function readRsaKey(
  variable: string,
  text: string,
  readers: { pem: (pem: string) => KeyObject; der: ((der: Buffer) => KeyObject)[] },
): KeyObject {
  const body = text.replaceAll("\\n", "\n").trim();
  const der = Buffer.from(body.replace(/\s+/g, ""), "base64");
  const attempts = body.includes("-----BEGIN")
    ? [() => readers.pem(body)]
    : readers.der.map((read) => () => read(der));
  for (const attempt of attempts) {
    try {
      const key = attempt();
      if (key.asymmetricKeyType === "rsa") return key;
    } catch {
      // not this encoding; try the next
    }
  }
  throw new Error(`${variable} is not a readable RSA key (PEM, or base64 as Alipay's key tool prints it)`);
}

/** The app's private key as PKCS#8 PEM (the SDK's keyType "PKCS8"). */
export function appPrivateKeyPem(text: string): string {
  const key = readRsaKey("ALIPAY_PRIVATE_KEY", text, {
    pem: (pem) => createPrivateKey(pem),
    der: [
      (der) => createPrivateKey({ key: der, format: "der", type: "pkcs8" }),
      (der) => createPrivateKey({ key: der, format: "der", type: "pkcs1" }),
    ],
  });
  // The SDK finds the PEM header and footer by line, so no trailing newline.
  return String(key.export({ type: "pkcs8", format: "pem" })).trim();
}

/** Alipay's public key as SPKI PEM. */
export function alipayPublicKeyPem(text: string): string {
  // createPublicKey would happily derive a public key from a pasted private key; that is a mix-up, not a key.
  if (text.includes("PRIVATE KEY")) throw new Error("ALIPAY_PUBLIC_KEY holds a private key");
  const key = readRsaKey("ALIPAY_PUBLIC_KEY", text, {
    pem: (pem) => createPublicKey(pem),
    der: [
      (der) => createPublicKey({ key: der, format: "der", type: "spki" }),
      (der) => createPublicKey({ key: der, format: "der", type: "pkcs1" }),
    ],
  });
  return String(key.export({ type: "spki", format: "pem" })).trim();
}
