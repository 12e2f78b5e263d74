import { MAX_QUANTITY, type TableCartLine } from "@tabletap/shared";
import { isRecord, readJson, removeKey, writeJson } from "../../lib/storage";

/**
 * A dish added while the table's connection was down, kept on the phone until the server takes it. The
 * line id was made when the diner tapped Add, so sending it again after a lost answer adds nothing twice.
 */
export interface QueuedAdd {
  line: {
    lineId: string;
    itemId: string;
    quantity: number;
    optionIds: string[];
    note: string;
    nickname: string;
  };
  /** The dish's name when it was added, to tell the diner which one was refused later. */
  name: string;
}

/** Per table code: picks kept for one code are never sent with another (a replaced code starts clean). */
const keyFor = (tableToken: string) => `tabletap:cart-queue:v1:${tableToken}`;

export function loadQueuedAdds(tableToken: string): QueuedAdd[] {
  const stored = readJson(keyFor(tableToken));
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry): QueuedAdd[] => {
    if (!isRecord(entry) || typeof entry.name !== "string") return [];
    return isQueuedLine(entry.line) ? [{ line: entry.line, name: entry.name }] : [];
  });
}

/**
 * Checked by hand rather than with the shared zod schema, which would put zod (about 28 kB gzip) into the
 * menu's first download; the server checks every line against that schema when it is sent anyway.
 */
function isQueuedLine(value: unknown): value is QueuedAdd["line"] {
  return (
    isRecord(value) &&
    typeof value.lineId === "string" &&
    typeof value.itemId === "string" &&
    Number.isInteger(value.quantity) &&
    (value.quantity as number) >= 1 &&
    (value.quantity as number) <= MAX_QUANTITY &&
    Array.isArray(value.optionIds) &&
    value.optionIds.every((id) => typeof id === "string") &&
    typeof value.note === "string" &&
    typeof value.nickname === "string"
  );
}

export function saveQueuedAdds(tableToken: string, queue: readonly QueuedAdd[]): void {
  if (queue.length === 0) removeKey(keyFor(tableToken));
  else writeJson(keyFor(tableToken), queue);
}

/** A kept pick drawn as a cart line, so the diner sees it in the cart at once. */
export const queuedLine = ({ line, name }: QueuedAdd): TableCartLine => ({
  id: line.lineId,
  itemId: line.itemId,
  name,
  quantity: line.quantity,
  optionIds: line.optionIds,
  note: line.note,
  addedBy: line.nickname,
});
