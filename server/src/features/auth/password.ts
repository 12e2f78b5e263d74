import { randomBytes } from "node:crypto";
import argon2 from "argon2";
import { BusyError } from "../../http/errors.js";
import { createHashGate } from "./hash-gate.js";

/** argon2id with the library's defaults (64 MiB, 3 passes), the current OWASP-recommended family. */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

const verifyHash = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** Password work done for requests: every hash and check waits its turn at one gate. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** A wrong password's worth of work for an unknown email, so both answer alike and as slowly. */
  verifyNobody(password: string): Promise<false>;
}

export interface PasswordHashingLimits {
  /** argon2 runs on libuv's threadpool (4 threads), which also serves files, DNS and gzip. */
  concurrency: number;
  /** How many more may wait their turn; beyond that the request is refused with 503 and Retry-After. */
  maxWaiting: number;
}

/**
 * Each argon2 run holds a threadpool thread and 64 MiB for a noticeable time, so a burst of sign-ins
 * (even under the failed-login limit) would starve everything else on the pool and swell memory. A few
 * at a time keep the rest of the server answering; the surplus is refused quickly instead of queued.
 */
export function createPasswordHasher(limits: PasswordHashingLimits): PasswordHasher {
  const gate = createHashGate(limits);
  const gated = async <T>(task: () => Promise<T>): Promise<T> => {
    const done = await gate.run(task);
    if (!done) throw new BusyError("Too many sign-ins are being checked right now; try again in a moment", 1);
    return done.value;
  };
  // Made once up front, not at the first unknown email: made then, every such sign-in would wait on it
  // behind the queue instead of being answered or refused at once.
  const dummyHash = hashPassword(randomBytes(16).toString("base64url"));
  dummyHash.catch(() => undefined);
  return {
    hash: (password) => gated(() => hashPassword(password)),
    verify: (hash, password) => gated(() => verifyHash(hash, password)),
    async verifyNobody(password) {
      const hash = await dummyHash;
      await gated(() => verifyHash(hash, password));
      return false;
    },
  };
}
