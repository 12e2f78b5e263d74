import type { Failure } from "../lib/result.js";
import type { Db } from "./database.js";

/** Carries a failure out of the transaction callback so the transaction rolls back. */
class RolledBack extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * Runs `work` in a transaction that commits only when it succeeds: a returned Failure rolls back everything
 * written before it and comes back as a value, as if nothing had been tried.
 */
export async function transactionResult<T extends { ok: true } | Failure>(
  db: Db,
  work: (trx: Db) => Promise<T>,
): Promise<Exclude<T, Failure> | Failure> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (!result.ok) throw new RolledBack(result as Failure);
      return result as Exclude<T, Failure>;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.failure;
    throw error;
  }
}
