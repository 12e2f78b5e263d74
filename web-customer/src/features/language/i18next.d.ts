import type en from "./locales/en.json";

// Every t("…") key is checked against the English resources, so a typo fails the typecheck.
declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
