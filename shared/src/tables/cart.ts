import { z } from "zod";
import { idSchema } from "../menu/schemas.js";
import { freeText, MAX_LINES, MAX_QUANTITY, nicknameSchema } from "../orders/schemas.js";

/** Line ids are made by the phone (a UUID), so a retried "add" is recognised instead of doubled. */
const lineId = z.uuid();

/** One line of a table's shared cart, with who put it there. Prices come from the menu, never from here. */
export const tableCartLineSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    name: z
      .string()
      .describe("The dish's name on the menu (kept when it leaves the menu, to show what to remove)"),
    quantity: z.int(),
    optionIds: z.array(z.string()),
    note: z.string(),
    addedBy: z.string().describe("The nickname of the phone that added the line"),
  })
  .meta({ id: "TableCartLine" });

export const cartSubmissionSchema = z
  .object({
    orderId: z.string(),
    pickupNumber: z.int(),
    by: z.string().describe("Nickname of the diner who submitted"),
    at: z.iso.datetime(),
  })
  .meta({ id: "CartSubmission" });

/** Everything every phone at one table sees in the cart; `version` grows with every change. */
export const tableCartSchema = z
  .object({
    tableId: z.string(),
    version: z.int(),
    lines: z.array(tableCartLineSchema),
    lastSubmission: cartSubmissionSchema.nullable(),
  })
  .meta({ id: "TableCart" });

export const cartAddLineSchema = z
  .object({
    lineId,
    itemId: idSchema,
    quantity: z.int().min(1).max(MAX_QUANTITY),
    optionIds: z.array(idSchema).max(30).default([]),
    note: freeText(200).default(""),
    nickname: nicknameSchema,
  })
  .strict();

export const cartSetQuantitySchema = z
  .object({ lineId, quantity: z.int().min(1).max(MAX_QUANTITY) })
  .strict();

export const cartRemoveLineSchema = z.object({ lineId }).strict();

/** The most lines a shared cart holds: what one order may carry. */
export const MAX_CART_LINES = MAX_LINES;

export type TableCart = z.infer<typeof tableCartSchema>;
export type TableCartLine = z.infer<typeof tableCartLineSchema>;
export type CartSubmission = z.infer<typeof cartSubmissionSchema>;
export type CartAddLine = z.input<typeof cartAddLineSchema>;
export type CartSetQuantity = z.infer<typeof cartSetQuantitySchema>;
export type CartRemoveLine = z.infer<typeof cartRemoveLineSchema>;
