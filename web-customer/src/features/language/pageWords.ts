import { i18n } from "./i18n";
import pages from "./locales/en-pages.json";

// The English words of the pages a diner opens after ordering (history, rating) ship with those pages
// rather than in the entry bundle every diner downloads first; each page imports this module, which adds
// them once. The Chinese ones stay in zh-CN.json, fetched only when asked for.
i18n.addResourceBundle("en", "translation", pages, true, false);
