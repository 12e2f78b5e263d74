import { readJson, writeJson } from "../../lib/storage";
import { t } from "../language/i18n";

const KEY = "tabletap:nickname:v1";
const MAX_LENGTH = 24;

/**
 * The name this phone shows at a table: the diner's own choice, or a friendly one picked once and kept,
 * so "added by" stays the same all evening. Never an account, never sent anywhere but the diner's table.
 */
export function loadNickname(): string {
  const saved = readJson(KEY);
  if (typeof saved === "string" && saved.trim()) return saved.trim().slice(0, MAX_LENGTH);
  // Friendly default nicknames, one picked per phone until the diner sets their own.
  const names = t("tableCart.defaultNames").split(",");
  const picked = names[Math.floor(Math.random() * names.length)] ?? "Guest";
  writeJson(KEY, picked);
  return picked;
}

/** Saves a new name; an empty one keeps the old. Returns the name now in use. */
export function saveNickname(name: string, current: string): string {
  // Control characters would be refused by the server; collapse whitespace like a person would expect.
  const cleaned = name
    .replace(/\p{Cc}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_LENGTH);
  if (!cleaned) return current;
  writeJson(KEY, cleaned);
  return cleaned;
}
