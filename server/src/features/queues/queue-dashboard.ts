import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { ExpressAdapter } from "@bull-board/express";
import type { StaffRole } from "@tabletap/shared";
import type { ErrorRequestHandler, Request, RequestHandler, Response, Router } from "express";
import { errorBody, HttpError } from "../../http/errors.js";
import { requireSameOrigin } from "../../http/same-origin.js";
import type { Queues } from "../../queue/queues.js";

export const QUEUE_DASHBOARD_PATH = "/merchant/queues";

export interface QueueViewer {
  email: string;
  role: StaffRole;
}

/**
 * bull-board over every queue. The queues carry every shop's jobs and the dashboard can add, retry and
 * remove any of them, so it belongs to the deployment's operators, not to shop owners: only owners whose
 * email is listed in QUEUE_DASHBOARD_EMAILS get in, in every mode; with none listed, nobody does. Its
 * writes must come from the app's own origin, like every other cookie-authenticated change.
 */
export function queueDashboard(deps: {
  queues: Queues;
  session: RequestHandler;
  publicUrl: string;
  /** Read on every request, so the list is the one the config holds now. */
  operatorEmails: string[] | undefined;
}): {
  path: string;
  handlers: (RequestHandler | ErrorRequestHandler | Router)[];
  /** Whether this person may open it; the console links it only for them. */
  allows: (staff: QueueViewer) => boolean;
} {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(deps.queues).map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
  });

  const allows = (staff: QueueViewer) =>
    staff.role === "owner" && (deps.operatorEmails?.includes(staff.email.toLowerCase()) ?? false);
  const operatorsOnly: RequestHandler = (req, res, next) => {
    const staff = req.session?.staff;
    if (!staff) return void res.redirect(303, "/merchant/");
    if (!allows(staff)) {
      return void refuse(req, res, "The queue dashboard is for this deployment's operators only");
    }
    next();
  };
  const refusals: ErrorRequestHandler = (error, req, res, next) => {
    if (!(error instanceof HttpError)) return next(error);
    refuse(req, res, error.message);
  };
  return {
    path: QUEUE_DASHBOARD_PATH,
    allows,
    handlers: [
      requireSameOrigin(deps.publicUrl),
      deps.session,
      operatorsOnly,
      withoutOutsideFonts,
      serverAdapter.getRouter() as Router,
      refusals,
    ],
  };
}

// bull-board's page links IBM Plex from Google Fonts; the CSP forbids it anyway (font-src and style-src are
// 'self'), and dropping the link spares every visit a refused request. Its own fallback is sans-serif.
const OUTSIDE_FONTS = /<link\b[^>]*href="https:\/\/fonts\.(?:googleapis|gstatic)\.com[^>]*>/g;

const withoutOutsideFonts: RequestHandler = (_req, res, next) => {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => send(typeof body === "string" ? body.replace(OUTSIDE_FONTS, "") : body);
  next();
};

/** The dashboard's own calls get the API's error shape; a person opening the page gets a page to read. */
function refuse(req: Request, res: Response, message: string) {
  res.status(403).set("Cache-Control", "no-store");
  if (req.path.startsWith("/api/")) return void res.json(errorBody("forbidden", message));
  res
    .type("html")
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not allowed</title></head>` +
        `<body><h1>Not allowed</h1><p>${message}.</p><p><a href="/merchant/">Back to the console</a></p></body></html>`,
    );
}
