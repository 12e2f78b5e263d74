import { randomBytes } from "node:crypto";

/** 128 random bits, URL-safe: QR tokens and order tokens are capabilities, so they must be unguessable. */
export const newToken = () => randomBytes(16).toString("base64url");
