import { useSyncExternalStore } from "react";
import { currentLanguage, i18n, type Language } from "./i18n";

function subscribe(onChange: () => void): () => void {
  i18n.on("languageChanged", onChange);
  return () => i18n.off("languageChanged", onChange);
}

/** The UI language; a component calling this re-renders (with its children) when the diner switches. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage);
}
