import { z } from "zod";
import { allergens, dietTags, MAX_SPICY } from "./dietary.js";
import { hoursSchema } from "./hours.js";
import { translationsSchema } from "./menu-text.js";

export const idSchema = z.string().min(1).max(64);

const uniqueList = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, `each ${what} at most once`);

export const allergenListSchema = uniqueList(allergens, "allergen").describe(
  "EU allergen codes the dish contains",
);
export const dietTagListSchema = uniqueList(dietTags, "tag").describe("vegetarian, vegan, halal");
export const spicySchema = z.int().min(0).max(MAX_SPICY).describe("0 = not spicy … 3 = very spicy");

/** Names and descriptions in several languages; `name`/`description` are in the language `lang`. */
export const textFields = {
  translations: translationsSchema.optional(),
  lang: z
    .string()
    .optional()
    .describe("The language `name` is in; differs from the one asked for when it fell back"),
};

/** What a dish contains and is, stated by the shop. */
export const dietaryFields = {
  allergens: allergenListSchema.optional(),
  diet: dietTagListSchema.optional(),
  spicy: spicySchema.optional(),
};

export const optionSchema = z
  .object({ id: z.string(), name: z.string(), priceDelta: z.int(), ...textFields })
  .meta({ id: "MenuOption" });

export const optionGroupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    minChoices: z.int().min(0),
    maxChoices: z.int().min(1),
    options: z.array(optionSchema),
    ...textFields,
  })
  .meta({ id: "OptionGroup" });

export const menuPhotoSchema = z
  .object({
    url: z.string().describe("Content-addressed: the same URL always means the same image"),
    width: z.int(),
    height: z.int(),
  })
  .meta({ id: "MenuPhoto" });

/** What diners thought of a dish: the mean of its 1–5 ratings (one decimal) and how many there are. */
export const ratingSummarySchema = z
  .object({ average: z.number().min(1).max(5), count: z.int().min(1) })
  .meta({ id: "RatingSummary" });

export const menuItemSchema = z
  .object({
    id: z.string(),
    categoryId: z.string(),
    name: z.string(),
    description: z.string(),
    price: z.int().describe("Minor units of the shop's currency"),
    soldOut: z.boolean(),
    photo: menuPhotoSchema.nullable(),
    optionGroups: z.array(optionGroupSchema),
    rating: ratingSummarySchema
      .optional()
      .describe("Diners' ratings of the dish; absent until it has one (and in the console's menu)"),
    ...textFields,
    ...dietaryFields,
    hours: hoursSchema.optional().describe("When it can be ordered, on the shop's clock; empty: any time"),
    availableFrom: z
      .string()
      .optional()
      .describe("HH:MM on the shop's clock: it cannot be ordered now but can later today"),
  })
  .meta({ id: "MenuItem" });

export const categorySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    items: z.array(menuItemSchema),
    ...textFields,
    hours: hoursSchema.optional().describe("When its dishes can be ordered; empty: any time"),
  })
  .meta({ id: "MenuCategory" });

export const paymentModes = ["pay_first", "pay_at_counter", "both"] as const;
export type PaymentMode = (typeof paymentModes)[number];

export const shopSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    currency: z.string().length(3),
    locale: z.string(),
    timezone: z.string(),
    paymentMode: z.enum(paymentModes),
    paymentProvider: z.string().describe("sandbox, stripe or alipay"),
  })
  .meta({ id: "Shop" });

export const tableKinds = ["table", "counter"] as const;
export type TableKind = (typeof tableKinds)[number];

export const publicTableSchema = z
  .object({ id: z.string(), label: z.string(), kind: z.enum(tableKinds) })
  .meta({ id: "PublicTable" });

/** What a diner's phone gets when it opens a QR link. */
export const tableMenuSchema = z
  .object({
    shop: shopSchema,
    table: publicTableSchema,
    categories: z.array(categorySchema),
    menuVersion: z.int().describe("Grows with every menu change; `menu:changed` carries the same number"),
    shopNames: translationsSchema.optional().describe("The shop's name in every language it is written in"),
  })
  .meta({ id: "TableMenu" });

export type RatingSummary = z.infer<typeof ratingSummarySchema>;
export type MenuPhoto = z.infer<typeof menuPhotoSchema>;
export type MenuOption = z.infer<typeof optionSchema>;
export type OptionGroup = z.infer<typeof optionGroupSchema>;
export type MenuItem = z.infer<typeof menuItemSchema>;
export type MenuCategory = z.infer<typeof categorySchema>;
export type Shop = z.infer<typeof shopSchema>;
export type PublicTable = z.infer<typeof publicTableSchema>;
export type TableMenu = z.infer<typeof tableMenuSchema>;
