import type { JobName, JobPayload } from "@tabletap/shared";
import type { Failure } from "../lib/result.js";
import { enqueueInTransaction } from "../queue/outbox.js";
import type { Db } from "./database.js";

/**
 * One business change: its statements share a transaction, and what should follow it (publish an event,
 * move a queued job to Redis) is registered here and runs only once the change is committed. Nothing is
 * passed back up to say "now tell the board" or "now kick the outbox".
 */
export interface UnitOfWork {
  /** The transaction every statement of this change runs in. */
  readonly trx: Db;
  /** Runs after the commit, in the order registered; never when the change rolls back. */
  afterCommit(effect: () => void | Promise<void>): void;
  /** Records a job in the outbox inside the change and has the dispatcher take it once committed. */
  enqueue<N extends JobName>(job: {
    name: N;
    payload: JobPayload<N>;
    now: number;
    delayMs?: number;
  }): Promise<string>;
}

/** Runs one change; a returned Failure (`ok: false`) rolls it back and comes back as a value. */
export type RunUnit = <T>(work: (unit: UnitOfWork) => Promise<T>) => Promise<T>;

export interface UnitDeps {
  db: Db;
  /** Nudges the outbox dispatcher; called at most once per committed change that queued a job. */
  kickOutbox: () => void;
  /** Where an effect that failed after the commit is reported: the change itself stands. */
  onEffectError: (error: unknown) => void;
}

/** Carries a failure out of the transaction callback so the transaction rolls back. */
class RolledBack extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

const isFailure = (value: unknown): value is Failure =>
  typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;

/**
 * Runs `work` in one transaction that commits only when it succeeds: a returned Failure rolls back
 * everything written before it and comes back as a value, as if nothing had been tried. On its own, for a
 * change nothing has to follow; `unitRunner` builds on it for changes that publish or queue.
 */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const value = await work(trx);
      if (isFailure(value)) throw new RolledBack(value);
      return value;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.failure as T;
    throw error;
  }
}

export function unitRunner(deps: UnitDeps): RunUnit {
  return async (work) => {
    const effects: (() => void | Promise<void>)[] = [];
    let queued = false;
    const result = await inTransaction(deps.db, (trx) =>
      work({
        trx,
        afterCommit: (effect) => effects.push(effect),
        enqueue: (job) => {
          queued = true;
          return enqueueInTransaction(trx, job);
        },
      }),
    );
    if (isFailure(result)) return result;
    if (queued) deps.kickOutbox();
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        deps.onEffectError(error);
      }
    }
    return result;
  };
}
