import type { RequestHandler } from "express";
import { HttpError } from "../../http/errors.js";
import type { StaffIdentity } from "./session.js";

/** Refuses requests without a staff session; routes read the identity from res.locals.staff. */
export const requireStaff: RequestHandler = (req, res, next) => {
  const staff = req.session?.staff;
  if (!staff) return next(new HttpError(401, "unauthorized", "Please sign in to the merchant console"));
  res.locals.staff = staff;
  next();
};

export const currentStaff = (locals: Record<string, unknown>): StaffIdentity => locals.staff as StaffIdentity;
