import { useEffect } from "react";
import { text } from "./text";

/** The tab title is what a diner sees when they switch back from another app, so it carries the news. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${text.appName}` : text.appName;
  }, [title]);
}
