import type { MenuItem, PaymentMethod, TableCart, TableCartLine } from "@tabletap/shared";
import type { Cart, NewCartLine } from "../cart/cart";

export interface LocalPart {
  note: string;
  payment: PaymentMethod | null;
}

export interface Submission {
  key: string;
  version: number;
  note: string;
  payment: PaymentMethod | null;
}

/**
 * The shared cart in the shape the cart screens already draw. The order note and the way to pay stay with
 * the phone that submits; the cart's version stands in for "last changed", so an error shown for one
 * version of the cart disappears once anyone at the table changes it.
 */
export function toCart(
  shared: TableCart | null,
  items: ReadonlyMap<string, MenuItem>,
  local: LocalPart,
  submission: Submission | null,
): Cart {
  const version = shared?.version ?? 0;
  const sameSubmission =
    submission?.version === version && submission.note === local.note && submission.payment === local.payment;
  return {
    lines: (shared?.lines ?? []).map((line) => ({
      key: line.id,
      itemId: line.itemId,
      name: items.get(line.itemId)?.name ?? line.name,
      optionIds: line.optionIds,
      quantity: line.quantity,
      note: line.note,
      addedBy: line.addedBy,
    })),
    note: local.note,
    payment: local.payment,
    submissionKey: sameSubmission ? submission.key : null,
    updatedAt: version,
  };
}

/** This phone's own line with the same choice, which an add raises instead of adding a twin. */
export function ownSameLine(cart: Cart, line: NewCartLine, nickname: string) {
  return cart.lines.find(
    (candidate) =>
      candidate.addedBy === nickname &&
      candidate.itemId === line.itemId &&
      candidate.note === line.note.trim() &&
      candidate.optionIds.length === line.optionIds.length &&
      candidate.optionIds.every((id) => line.optionIds.includes(id)),
  );
}

/** A change sent to the server and not yet answered: shown at once, dropped when the answer comes. */
export type PendingChange =
  | { id: number; kind: "add"; line: TableCartLine }
  | { id: number; kind: "setQuantity"; lineId: string; quantity: number }
  | { id: number; kind: "remove"; lineId: string };

/** The server's cart with this phone's unanswered changes on top, so a tap shows without waiting. */
export function withPending(shared: TableCart | null, pending: readonly PendingChange[]): TableCart | null {
  if (!shared || pending.length === 0) return shared;
  let lines = shared.lines;
  for (const change of pending) {
    if (change.kind === "add") {
      if (!lines.some((line) => line.id === change.line.id)) lines = [...lines, change.line];
    } else if (change.kind === "setQuantity") {
      lines = lines.map((line) =>
        line.id === change.lineId ? { ...line, quantity: change.quantity } : line,
      );
    } else {
      lines = lines.filter((line) => line.id !== change.lineId);
    }
  }
  return { ...shared, lines };
}
