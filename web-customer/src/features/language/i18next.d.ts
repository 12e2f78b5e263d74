import type en from "./locales/en.json";
import type pages from "./locales/en-pages.json";

// Every t("…") key is checked against the English resources, so a typo fails the typecheck.
declare module "i18next" {
  interface CustomTypeOptions {
    // Pages opened after ordering add their own words when they load (pageWords.ts).
    resources: { translation: typeof en & typeof pages };
  }
}
