import { useEffect } from "react";

/** The product's name is the same in every language. */
const APP_NAME = "TableTap";

/** The tab title is what a diner sees when they switch back from another app, so it carries the news. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
