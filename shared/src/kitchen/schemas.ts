import { z } from "zod";

/** A place the kitchen's work is split by (grill, bar, dessert…); every dish goes to exactly one. */
export const stationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    isDefault: z.boolean().describe("Dishes routed nowhere else go here; a shop has exactly one default"),
    itemIds: z
      .array(z.string())
      .describe("Dishes routed here by staff (the default station lists only its own)"),
  })
  .meta({ id: "Station" });

export const stationListSchema = z.object({ stations: z.array(stationSchema) }).meta({ id: "StationList" });

const stationName = z.string().trim().min(1).max(40);

export const createStationSchema = z
  .object({ name: stationName, isDefault: z.boolean().optional() })
  .strict()
  .meta({ id: "CreateStation" });

export const updateStationSchema = z
  .object({ name: stationName.optional(), isDefault: z.literal(true).optional() })
  .strict()
  .meta({ id: "UpdateStation" });

export const stationItemsSchema = z
  .object({ itemIds: z.array(z.uuid()).max(500) })
  .strict()
  .meta({ id: "StationItems" });

/**
 * What a receipt printer is set to print text in. Single-byte code pages go through the printer's code page
 * table; `gb18030` and `gbk` put the printer in its Chinese mode, as Chinese-market printers are set up.
 */
export const printerEncodings = ["cp437", "cp858", "windows1252", "gb18030", "gbk"] as const;
export type PrinterEncoding = (typeof printerEncodings)[number];

export const printerStates = ["unknown", "online", "offline"] as const;
export type PrinterState = (typeof printerStates)[number];

export const printerSchema = z
  .object({
    id: z.string(),
    stationId: z.string(),
    name: z.string(),
    host: z.string(),
    port: z.int(),
    encoding: z.enum(printerEncodings),
    enabled: z.boolean(),
    state: z
      .enum(printerStates)
      .describe("As last seen by a print attempt: `offline` when it refused or timed out"),
    lastError: z.string().nullable(),
    stateAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Printer" });

export const printerListSchema = z.object({ printers: z.array(printerSchema) }).meta({ id: "PrinterList" });

// A host name or an IPv4/IPv6 literal: letters, digits, dots, dashes and colons only.
const printerHost = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:-]+$/, "a host name or IP address");

export const createPrinterSchema = z
  .object({
    stationId: z.uuid(),
    name: z.string().trim().min(1).max(40),
    host: printerHost,
    port: z.int().min(1).max(65535).default(9100),
    encoding: z.enum(printerEncodings).default("cp437"),
    enabled: z.boolean().default(true),
  })
  .strict()
  .meta({ id: "CreatePrinter" });

export const updatePrinterSchema = z
  .object({
    stationId: z.uuid().optional(),
    name: z.string().trim().min(1).max(40).optional(),
    host: printerHost.optional(),
    port: z.int().min(1).max(65535).optional(),
    encoding: z.enum(printerEncodings).optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .meta({ id: "UpdatePrinter" });

export const printTicketStates = ["queued", "sending", "printed", "failed"] as const;
export type PrintTicketState = (typeof printTicketStates)[number];

export const printTicketSchema = z
  .object({
    id: z.string(),
    orderId: z.string(),
    pickupNumber: z.int(),
    stationId: z.string(),
    printerId: z.string(),
    state: z
      .enum(printTicketStates)
      .describe(
        "`sending` while bytes go out (or after a crash mid-print: the next attempt prints it marked REPRINT); " +
          "`failed` once every retry found the printer off",
      ),
    reprint: z.boolean().describe("Printed marked REPRINT: asked for by staff, or after a crash mid-print"),
    attempts: z.int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    printedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "PrintTicket" });

export const printTicketListSchema = z
  .object({ tickets: z.array(printTicketSchema) })
  .meta({ id: "PrintTicketList" });

export type Station = z.infer<typeof stationSchema>;
export type StationList = z.infer<typeof stationListSchema>;
export type CreateStation = z.infer<typeof createStationSchema>;
export type UpdateStation = z.infer<typeof updateStationSchema>;
export type Printer = z.infer<typeof printerSchema>;
export type PrinterList = z.infer<typeof printerListSchema>;
export type CreatePrinter = z.infer<typeof createPrinterSchema>;
export type UpdatePrinter = z.infer<typeof updatePrinterSchema>;
export type PrintTicket = z.infer<typeof printTicketSchema>;
export type PrintTicketList = z.infer<typeof printTicketListSchema>;
