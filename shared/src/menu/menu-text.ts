import { z } from "zod";
import { plainText } from "../text/plain-text.js";

/** A language tag such as `en`, `zh-CN` or `pt-BR`. */
export const languageTagSchema = z
  .string()
  .max(20)
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en or zh-CN");

/** Languages the console always offers next to the shop's own: what the diner app speaks. */
export const menuLanguages = ["en", "zh-CN"] as const;

export const translatedTextSchema = z
  .object({ name: z.string(), description: z.string().optional() })
  .meta({ id: "TranslatedText" });

/** Every language the text is written in, the shop's own language included, by language tag. */
export const translationsSchema = z
  .record(z.string(), translatedTextSchema)
  .describe("Every language this text is written in, the shop's locale included")
  .meta({ id: "Translations" });

export type TranslatedText = z.infer<typeof translatedTextSchema>;
export type Translations = Record<string, TranslatedText>;

/** A translated name or description: one line for names, line breaks allowed in descriptions. */
export const translationInputSchema = z
  .object({
    name: z.string().trim().max(80).regex(plainText(), "must not contain control characters"),
    description: z
      .string()
      .trim()
      .max(500)
      .regex(plainText("\\n"), "must not contain control characters")
      .optional(),
  })
  .strict()
  .meta({ id: "TranslationInput" });
