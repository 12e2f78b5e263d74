import { authContract } from "@tabletap/shared";
import { documented, error, limited, paths, staffOnly } from "../../http/openapi-parts.js";

export const signInPaths = paths(
  documented(authContract.logIn, {
    tags: ["merchant"],
    summary: "Staff sign-in; sets the session cookie",
    success: "Signed in",
    responses: {
      "401": error("Wrong email or password (`unauthorized`)"),
      ...limited("Too many failed attempts from this address or for this account in 15 minutes"),
      "503": error("Too many sign-ins are being checked at once; try again after `Retry-After` seconds"),
    },
  }),
  documented(authContract.logOut, {
    tags: ["merchant"],
    // The cookie is optional: without a session there is nothing to end, and the answer is the same.
    security: [{ staffSession: [] }, {}],
    summary: "Ends the session on the server",
    success: "Signed out",
  }),
  documented(authContract.getSession, {
    ...staffOnly,
    summary: "Who is signed in",
    success: "Session",
  }),
);
