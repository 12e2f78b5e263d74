import { type DinerLanguage, dinerLanguages } from "@tabletap/shared";
import i18next, { type BackendModule, type LanguageDetectorModule } from "i18next";
import en from "./locales/en.json";

/** The languages the diner app speaks (shared with the server's push words). English is the fallback and the only one in the entry bundle. */
export const LANGUAGES = dinerLanguages;
export type Language = DinerLanguage;

/** Set only by the language switch: until a diner picks one, the browser's languages decide. */
export const LANGUAGE_STORAGE_KEY = "tabletap:language";

// Chinese is fetched only by phones that ask for it, so English first paint doesn't carry it.
const lazyLocales: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, done) {
    if (language !== "zh-CN") return done(null, {});
    import("./locales/zh-CN.json").then(
      (module) => done(null, module.default),
      (error: unknown) => done(error instanceof Error ? error.message : String(error), false),
    );
  },
};

export const i18n = i18next.createInstance();

// This module also runs in the service worker (the ready notification's words), which has neither
// a document nor localStorage; these two views of globalThis type-check in both builds.
const page = globalThis as { document?: { documentElement: { lang: string } } };
const storage = globalThis as {
  localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  navigator?: { languages?: readonly string[] };
};

/**
 * The diner's remembered choice, else the browser's languages in order; i18next picks the best supported
 * match (any zh-* gets zh-CN). Eight lines instead of i18next-browser-languagedetector's 2.5 kB gzip, which
 * the entry bundle's budget can't spare.
 */
const detector: LanguageDetectorModule = {
  type: "languageDetector",
  detect() {
    let chosen: string | null | undefined;
    try {
      chosen = storage.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    } catch {
      // Storage disabled: fall back to the browser's languages.
    }
    return chosen ? [chosen] : [...(storage.navigator?.languages ?? [])];
  },
  cacheUserLanguage() {},
};

// Screen readers pick their voice and browsers their fonts and hyphenation from <html lang>.
i18n.on("languageChanged", (language) => {
  if (page.document) page.document.documentElement.lang = language;
});

/** Resolves once the detected language's strings are loaded: render after it so Chinese never flashes English. */
export const languageReady = i18n
  .use(detector)
  .use(lazyLocales)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    supportedLngs: LANGUAGES,
    fallbackLng: "en",
    load: "currentOnly",
    initAsync: false,
    // React escapes what it renders; i18next escaping too would show "&amp;" in dish names.
    interpolation: { escapeValue: false },
  });

export const t = i18n.t;

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === "zh-CN" ? "zh-CN" : "en";
}

/** The diner's explicit choice, remembered on this device (best effort: storage may be unavailable). */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    storage.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The switch still applies for this visit.
  }
  await i18n.changeLanguage(language);
}
