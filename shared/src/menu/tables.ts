import { z } from "zod";
import { tableKinds } from "./schemas.js";

export const merchantTableSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(tableKinds),
    token: z.string(),
    active: z.boolean(),
    url: z.string().describe("What the table's QR code encodes"),
  })
  .meta({ id: "MerchantTable" });

export const merchantTableListSchema = z
  .object({ tables: z.array(merchantTableSchema) })
  .meta({ id: "MerchantTableList" });

export type MerchantTable = z.infer<typeof merchantTableSchema>;
