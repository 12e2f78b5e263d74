import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withGuards } from "./openapi-guards.js";
import { dinerToken, error, idPath, json, ok, requires, staffOnly } from "./openapi-parts.js";

const created = ok("Created", z.object({ id: z.string() }));
const statuses = (operation: { responses: object } | undefined) =>
  Object.keys(operation?.responses ?? {}).sort();

describe("withGuards", () => {
  it("gives a new staff route behind a permission the session, origin, permission and body refusals", () => {
    const paths = withGuards({
      "/api/merchant/things/{id}": {
        post: {
          ...requires("menu.edit"),
          operationId: "addThing",
          requestParams: { path: idPath },
          requestBody: json(z.object({ name: z.string() })),
          responses: { "201": created },
        },
        get: {
          ...staffOnly,
          operationId: "getThing",
          requestParams: { path: idPath },
          responses: { "200": created },
        },
      },
    });
    const post = paths["/api/merchant/things/{id}"]?.post;
    expect(statuses(post)).toEqual(["201", "400", "401", "403", "404", "413", "415", "500"]);
    expect(post?.responses["403"]).toMatchObject({ description: expect.stringContaining("staff") });
    // A read any role may make: no 403 to document, the session guard's 401 all the same.
    expect(statuses(paths["/api/merchant/things/{id}"]?.get)).toEqual([
      "200",
      "400",
      "401",
      "404",
      "413",
      "415",
      "500",
    ]);
  });

  it("marks a route without security public and keeps an operation's own words after the guard's", () => {
    const paths = withGuards({
      "/api/things": { get: { operationId: "listThings", responses: { "200": created } } },
      "/api/orders/{id}/things": {
        post: {
          ...dinerToken,
          operationId: "addOrderThing",
          requestParams: { path: idPath },
          responses: { "201": created, "404": error("No such thing") },
        },
      },
    });
    expect(paths["/api/things"]?.get?.security).toEqual([]);
    const diner = paths["/api/orders/{id}/things"]?.post;
    expect(statuses(diner)).toEqual(["201", "400", "401", "404", "413", "415", "500"]);
    expect(diner?.responses["404"]).toMatchObject({
      description: "No such order for this token (`not_found`). No such thing",
    });
  });
});
