import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { ExpressAdapter } from "@bull-board/express";
import type { RequestHandler, Router } from "express";
import type { Queues } from "../../queue/queues.js";

export const QUEUE_DASHBOARD_PATH = "/merchant/queues";

/**
 * bull-board over every queue, for owners allowed to see the whole platform's jobs: the queues are shared
 * by all shops, so a shop owner is let in only when listed in QUEUE_DASHBOARD_EMAILS (or, in development
 * with that unset, any owner).
 */
export function queueDashboard(deps: {
  queues: Queues;
  session: RequestHandler;
  allowedEmails: string[] | undefined;
  development: boolean;
}): { path: string; handlers: (RequestHandler | Router)[] } {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(deps.queues).map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
  });

  const ownersOnly: RequestHandler = (req, res, next) => {
    const staff = req.session?.staff;
    if (!staff) return void res.redirect(303, "/merchant/");
    const listed = deps.allowedEmails ? deps.allowedEmails.includes(staff.email) : deps.development;
    if (staff.role !== "owner" || !listed) {
      return void res
        .status(403)
        .json({ error: { code: "forbidden", message: "The queue dashboard is for platform owners" } });
    }
    next();
  };
  return {
    path: QUEUE_DASHBOARD_PATH,
    handlers: [deps.session, ownersOnly, serverAdapter.getRouter() as Router],
  };
}
