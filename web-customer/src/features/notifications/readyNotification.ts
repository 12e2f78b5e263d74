import type { PushMessage } from "@tabletap/shared";
import { t } from "../language/i18n";

/** Both live in public/: a full-colour icon, and a one-colour badge Android shows in the status bar. */
export const NOTIFICATION_ICON = "/notification-icon.png";
export const NOTIFICATION_BADGE = "/notification-badge.png";

export interface ReadyNotification {
  title: string;
  options: NotificationOptions & { data: { url: string } };
}

/** The push body as the server sends it (see PushMessage), or null when it is missing or malformed. */
export function parsePushMessage(raw: string | null | undefined): Partial<PushMessage> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { title, body, url } = value as Record<string, unknown>;
    return {
      ...(typeof title === "string" && title ? { title } : {}),
      ...(typeof body === "string" && body ? { body } : {}),
      ...(typeof url === "string" && url ? { url } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Where a tap leads, always on this app's own origin: the order token lives in this origin's storage, and a
 * push must never be able to send the diner to another site. Without a usable URL, the start page lists
 * the phone's recent orders.
 */
export function pageUrl(url: unknown, origin: string): URL {
  if (typeof url !== "string") return new URL("/", origin);
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? parsed : new URL(parsed.pathname + parsed.search, origin);
  } catch {
    return new URL("/", origin);
  }
}

/** What the service worker shows for a push. The tag is per order, so a repeated push replaces the first. */
export function readyNotification(raw: string | null | undefined, origin: string): ReadyNotification {
  const message = parsePushMessage(raw);
  const url = pageUrl(message?.url, origin);
  const orderId = /^\/orders\/([^/]+)/.exec(url.pathname)?.[1];
  return {
    // A push always has to show something (userVisibleOnly), so a bare one still says the useful thing.
    title: message?.title ?? t("order.readyTitle"),
    options: {
      body: message?.body ?? t("order.readyBody"),
      icon: NOTIFICATION_ICON,
      badge: NOTIFICATION_BADGE,
      tag: orderId ? `order-ready:${orderId}` : "order-ready",
      data: { url: url.href },
    },
  };
}

/** The tab already showing that order (any query or hash), so a tap brings it forward instead of a copy. */
export function findOrderWindow<T extends { url: string }>(
  windows: readonly T[],
  target: URL,
): T | undefined {
  return windows.find((candidate) => {
    const open = new URL(candidate.url);
    return open.origin === target.origin && open.pathname === target.pathname;
  });
}
