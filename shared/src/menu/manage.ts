import { z } from "zod";
import { plainText } from "../text/plain-text.js";
import { hoursSchema } from "./hours.js";
import { languageTagSchema, translationInputSchema, translationsSchema } from "./menu-text.js";
import {
  allergenListSchema,
  categorySchema,
  dietaryFields,
  dietTagListSchema,
  menuPhotoSchema,
  optionGroupSchema,
  spicySchema,
  textFields,
} from "./schemas.js";

/** Names show on a diner's phone and on kitchen tickets: one line, no control characters. */
const name = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(80)
  .regex(plainText(), "must not contain control characters");
/** Line breaks are fine in a description; other control characters are not. */
const description = z.string().trim().max(500).regex(plainText("\\n"), "must not contain control characters");
const price = z
  .int("must be a whole number of minor units (cents)")
  .min(0)
  .max(10_000_000)
  .describe("Minor units of the shop's currency");
const priceDelta = z
  .int("must be a whole number of minor units (cents)")
  .min(-1_000_000)
  .max(1_000_000)
  .describe("Added to the item's price when chosen, in minor units");
const choices = z.int().min(0).max(20);
const position = z
  .int()
  .min(0)
  .describe("Move to this place among its siblings (0 = first); a larger number means last");
const id = z.string().min(1).max(64);

const hasSomething = (body: object) => Object.values(body).some((value) => value !== undefined);
const somethingToChange = { message: "send at least one field to change" };
const minNotAboveMax = (body: { minChoices?: number | undefined; maxChoices?: number | undefined }) =>
  body.minChoices === undefined || body.maxChoices === undefined || body.minChoices <= body.maxChoices;
const rangeMessage = { message: "minChoices must not be more than maxChoices", path: ["minChoices"] };

/** An item as the console sees it: hidden ones too, and whether it is hidden. */
export const merchantMenuItemSchema = z
  .object({
    id: z.string(),
    categoryId: z.string(),
    name: z.string(),
    description: z.string(),
    price: z.int().describe("Minor units of the shop's currency"),
    soldOut: z.boolean(),
    hidden: z.boolean().describe("Not shown to diners and refused in orders"),
    photo: menuPhotoSchema.nullable(),
    optionGroups: z.array(optionGroupSchema),
    ...textFields,
    ...dietaryFields,
    hours: hoursSchema.optional(),
  })
  .meta({ id: "MerchantMenuItem" });

export const merchantCategorySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hidden: z.boolean().describe("Hides the category and every item in it from diners"),
    items: z.array(merchantMenuItemSchema),
    ...textFields,
    hours: hoursSchema.optional(),
  })
  .meta({ id: "MerchantMenuCategory" });

export const merchantMenuSchema = z
  .object({
    menuVersion: z.int(),
    categories: z.array(merchantCategorySchema),
    shopNames: translationsSchema.optional().describe("The shop's name in every language it is written in"),
  })
  .meta({ id: "MerchantMenu" });

export const categoryCreateRequestSchema = z
  .object({ name, hidden: z.boolean().optional(), hours: hoursSchema.optional() })
  .strict()
  .meta({ id: "CategoryCreateRequest" });

export const categoryUpdateRequestSchema = z
  .object({
    name: name.optional(),
    hidden: z.boolean().optional(),
    position: position.optional(),
    hours: hoursSchema.optional(),
  })
  .strict()
  .refine(hasSomething, somethingToChange)
  .meta({ id: "CategoryUpdateRequest" });

export const itemCreateRequestSchema = z
  .object({
    categoryId: id,
    name,
    description: description.optional(),
    price,
    hidden: z.boolean().optional(),
    allergens: allergenListSchema.optional(),
    diet: dietTagListSchema.optional(),
    spicy: spicySchema.optional(),
    hours: hoursSchema.optional(),
  })
  .strict()
  .meta({ id: "ItemCreateRequest" });

export const itemUpdateRequestSchema = z
  .object({
    categoryId: id.optional(),
    name: name.optional(),
    description: description.optional(),
    price: price.optional(),
    hidden: z.boolean().optional(),
    position: position.optional(),
    allergens: allergenListSchema.optional(),
    diet: dietTagListSchema.optional(),
    spicy: spicySchema.optional(),
    hours: hoursSchema.optional(),
  })
  .strict()
  .refine(hasSomething, somethingToChange)
  .meta({ id: "ItemUpdateRequest" });

export const soldOutRequestSchema = z
  .object({ soldOut: z.boolean() })
  .strict()
  .meta({ id: "SoldOutRequest" });

export const optionGroupCreateRequestSchema = z
  .object({ name, minChoices: choices, maxChoices: choices.min(1) })
  .strict()
  .refine(minNotAboveMax, rangeMessage)
  .meta({ id: "OptionGroupCreateRequest" });

export const optionGroupUpdateRequestSchema = z
  .object({
    name: name.optional(),
    minChoices: choices.optional(),
    maxChoices: choices.min(1).optional(),
    position: position.optional(),
  })
  .strict()
  .refine(hasSomething, somethingToChange)
  .refine(minNotAboveMax, rangeMessage)
  .meta({ id: "OptionGroupUpdateRequest" });

export const optionCreateRequestSchema = z
  .object({ name, priceDelta: priceDelta.optional() })
  .strict()
  .meta({ id: "OptionCreateRequest" });

export const optionUpdateRequestSchema = z
  .object({ name: name.optional(), priceDelta: priceDelta.optional(), position: position.optional() })
  .strict()
  .refine(hasSomething, somethingToChange)
  .meta({ id: "OptionUpdateRequest" });

/**
 * A menu text (the shop, a category, item, option group or option) in languages other than the shop's own,
 * which is the name itself. Each language sent replaces what it had; an empty name removes the language.
 */
export const translationsRequestSchema = z
  .object({
    translations: z
      .record(languageTagSchema, translationInputSchema)
      .refine((all) => Object.keys(all).length > 0, "send at least one language")
      .refine((all) => Object.keys(all).length <= 12, "at most 12 languages at once"),
  })
  .strict()
  .meta({ id: "TranslationsRequest" });

/** `at`: a time on the shop's clock; `lang`: the language to read the menu in (the shop's by default). */
export const menuPreviewQuerySchema = z
  .object({
    at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must be YYYY-MM-DDTHH:mm on the shop's clock")
      .describe("A time on the shop's clock, YYYY-MM-DDTHH:mm"),
    lang: languageTagSchema.optional(),
  })
  .strict();

/** The diner's menu as it would read at a chosen time. */
export const menuPreviewSchema = z
  .object({ at: z.string(), categories: z.array(categorySchema) })
  .meta({ id: "MenuPreview" });

/** Answers of the create calls: the new record's id; the console reloads the menu it shows. */
export const createdSchema = z.object({ id: z.string() }).meta({ id: "Created" });

/** Largest photo upload accepted, in bytes. */
export const MENU_PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export type MerchantMenuItem = z.infer<typeof merchantMenuItemSchema>;
export type MerchantCategory = z.infer<typeof merchantCategorySchema>;
export type MerchantMenu = z.infer<typeof merchantMenuSchema>;
export type CategoryCreateRequest = z.infer<typeof categoryCreateRequestSchema>;
export type CategoryUpdateRequest = z.infer<typeof categoryUpdateRequestSchema>;
export type ItemCreateRequest = z.infer<typeof itemCreateRequestSchema>;
export type ItemUpdateRequest = z.infer<typeof itemUpdateRequestSchema>;
export type OptionGroupCreateRequest = z.infer<typeof optionGroupCreateRequestSchema>;
export type OptionGroupUpdateRequest = z.infer<typeof optionGroupUpdateRequestSchema>;
export type OptionCreateRequest = z.infer<typeof optionCreateRequestSchema>;
export type TranslationsRequest = z.infer<typeof translationsRequestSchema>;
export type MenuPreview = z.infer<typeof menuPreviewSchema>;
export type OptionUpdateRequest = z.infer<typeof optionUpdateRequestSchema>;
