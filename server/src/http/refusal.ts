import type { Failure } from "../lib/result.js";
import { errorStatus } from "./error-status.js";
import { HttpError } from "./errors.js";

/** A rule's failure thrown as the error a route answers with, while some services still throw. */
export const refusalError = (failure: Failure): HttpError =>
  new HttpError(errorStatus[failure.code], failure.code, failure.message, failure.details);
