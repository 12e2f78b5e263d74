import { z } from "zod";
import { plainText } from "../text/plain-text.js";
import { tableKinds } from "./schemas.js";

/** Tabs and newlines have no place in a label printed on a card; neither have other control characters. */
const tableLabel = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(40)
  .regex(plainText(), "must not contain control characters");

export const tableSittingSchema = z
  .object({
    id: z.string(),
    openedAt: z.iso.datetime(),
  })
  .describe("The table's open sitting: staff seated guests and have not closed the table yet")
  .meta({ id: "TableSitting" });

export const merchantTableSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(tableKinds),
    token: z.string(),
    active: z.boolean(),
    url: z.string().describe("What the table's QR code encodes"),
    sitting: tableSittingSchema
      .nullable()
      .describe("The open sitting, or null when the table is closed; counters never have one"),
  })
  .meta({ id: "MerchantTable" });

export const merchantTableListSchema = z
  .object({
    tables: z.array(merchantTableSchema),
    sittingsEnabled: z
      .boolean()
      .describe("Whether counter-paid orders from a table that is not open wait for staff approval"),
  })
  .meta({ id: "MerchantTableList" });

export const tableCreateRequestSchema = z
  .object({ label: tableLabel })
  .strict()
  .meta({ id: "TableCreateRequest" });

export const tableUpdateRequestSchema = z
  .object({ label: tableLabel.optional(), active: z.boolean().optional() })
  .strict()
  .refine((body) => body.label !== undefined || body.active !== undefined, {
    message: "send a label, active, or both",
  })
  .meta({ id: "TableUpdateRequest" });

export const tableSettingsSchema = z
  .object({
    sittingsEnabled: z
      .boolean()
      .describe(
        "Counter-paid orders from a table that staff have not opened wait for approval instead of going to the kitchen",
      ),
  })
  .strict()
  .meta({ id: "TableSettings" });

export const merchantTableEnvelopeSchema = z
  .object({ table: merchantTableSchema })
  .meta({ id: "MerchantTableEnvelope" });

export type TableSitting = z.infer<typeof tableSittingSchema>;
export type MerchantTable = z.infer<typeof merchantTableSchema>;
export type MerchantTableList = z.infer<typeof merchantTableListSchema>;
export type TableCreateRequest = z.infer<typeof tableCreateRequestSchema>;
export type TableUpdateRequest = z.infer<typeof tableUpdateRequestSchema>;
export type TableSettings = z.infer<typeof tableSettingsSchema>;
