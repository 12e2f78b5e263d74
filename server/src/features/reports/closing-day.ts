import { localDay } from "@tabletap/shared";

/** Closing times before this hour belong to the night before: a bar closing at 02:00 closes yesterday. */
const LATE_NIGHT_HOURS = 6;

/** The shop day a closing run at `at` closes, e.g. 23:30 closes today, 01:30 closes yesterday. */
export const dayClosedAt = (at: number, timeZone: string): string =>
  localDay(at - LATE_NIGHT_HOURS * 3_600_000, timeZone);

/** The cron pattern (read in the shop's timezone by BullMQ) of a "HH:MM" closing time. */
export function closingPattern(closingTime: string): string {
  const [hours, minutes] = closingTime.split(":").map(Number);
  return `${minutes ?? 0} ${hours ?? 0} * * *`;
}

/** When a job scheduler's iteration was due, from its id `repeat:<scheduler>:<due ms>`; undefined otherwise. */
export function dueTimeOf(jobId: string | undefined): number | undefined {
  const due = jobId?.match(/^repeat:.+:(\d+)$/)?.[1];
  return due ? Number(due) : undefined;
}
