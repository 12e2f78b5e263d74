import { operations } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument } from "./openapi.js";
import { documented, paths } from "./openapi-parts.js";

describe("the OpenAPI document and the shared contract", () => {
  const document = buildOpenApiDocument("http://localhost:3000");

  it("documents every operation the web apps call, at its method and path, with its success status", () => {
    const missing = Object.values(operations).filter((operation) => {
      const item = document.paths?.[operation.path] as Record<
        string,
        { operationId?: string; responses?: object }
      >;
      const documentedOperation = item?.[operation.method.toLowerCase()];
      return (
        documentedOperation?.operationId !== operation.operationId ||
        !Object.hasOwn(documentedOperation.responses ?? {}, String(operation.status))
      );
    });
    expect(missing.map((operation) => operation.operationId)).toEqual([]);
    expect(Object.keys(operations).length).toBeGreaterThan(60);
  });

  it("takes the request and the answer from the definition, and an optional body as not required", () => {
    const body = z.object({ tip: z.int() });
    const operation = {
      operationId: "tipThing",
      method: "POST",
      path: "/api/things/{id}",
      status: 201,
      params: z.object({ id: z.string() }),
      body: body.optional(),
      response: z.object({ ok: z.literal(true) }),
    } as const;
    const post = documented(operation, { success: "Tipped", responses: { "409": { description: "No" } } })[
      "/api/things/{id}"
    ]?.post;
    expect(post?.operationId).toBe("tipThing");
    expect(post?.requestParams).toEqual({ path: operation.params });
    expect(post?.requestBody).toEqual({ content: { "application/json": { schema: body } }, required: false });
    expect(Object.keys(post?.responses ?? {})).toEqual(["201", "409"]);
    expect(post?.responses?.["201"]).toMatchObject({ description: "Tipped" });
  });

  it("answers No Content for an operation without a response schema, and joins methods of one path", () => {
    const remove = {
      operationId: "removeThing",
      method: "DELETE",
      path: "/api/things/{id}",
      status: 204,
    } as const;
    const read = {
      ...remove,
      operationId: "getThing",
      method: "GET",
      status: 200,
      response: z.object({}),
    } as const;
    const joined = paths(
      documented(remove, { success: "Removed" }),
      documented(read, { success: "The thing" }),
    );
    expect(Object.keys(joined["/api/things/{id}"] ?? {}).sort()).toEqual(["delete", "get"]);
    expect(joined["/api/things/{id}"]?.delete?.responses).toEqual({ "204": { description: "Removed" } });
  });
});
