import { can, type Permission } from "@tabletap/shared";
import type { RequestHandler } from "express";
import { HttpError } from "../../http/errors.js";
import { currentStaff } from "./require-staff.js";

/** After requireStaff: refuses (403) staff whose role lacks the permission (shared/src/auth/permissions.ts). */
export const requirePermission =
  (permission: Permission): RequestHandler =>
  (_req, res, next) => {
    const staff = currentStaff(res.locals);
    if (!can(staff.role, permission)) {
      return next(new HttpError(403, "forbidden", "Your role does not allow this; ask the shop's owner"));
    }
    next();
  };
