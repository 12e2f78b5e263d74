import argon2 from "argon2";

/** argon2id with the library's defaults (64 MiB, 3 passes), the current OWASP-recommended family. */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string) =>
  argon2.verify(hash, password).catch(() => false);

// Verifying against this when the email is unknown keeps the response time the same as a wrong password.
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = () => {
  dummyHash ??= hashPassword("not-a-real-password");
  return dummyHash;
};
