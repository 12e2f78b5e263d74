import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { placeOrder } from "../support/api.js";
import { type Fixture, f, M, order, server, shop, startHostileServer, tea } from "./hostile-input/harness.js";

startHostileServer();

/** Markup in every free-text field: accepted as text, returned verbatim as JSON, never as HTML. */
const MARKUP = `<img src=x onerror=alert(1)>"'&`;
interface TextField {
  name: string;
  /** Writes MARKUP through the API; returns the path that reads it back. */
  write: (f: Fixture) => Promise<{ status: number; readBack: string; bearer?: string }>;
}
const staffJson = async (method: string, path: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Cookie: f.cookie, "Idempotency-Key": randomUUID() },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { id?: string; order?: { id: string } } };
};
const textFields: TextField[] = [
  {
    name: "order note and line note (diner)",
    write: async () => {
      const res = await placeOrder(server.url, {
        tableToken: shop.tableToken,
        note: MARKUP,
        lines: [{ itemId: shop.item("Tea").id, quantity: 1, note: MARKUP }],
      });
      return {
        status: res.status,
        readBack: `/api/orders/${res.body.order.id}`,
        bearer: res.body.orderToken,
      };
    },
  },
  {
    name: "staff order note",
    write: async () => {
      const tableId = shop.tables[0]?.id;
      const res = await staffJson("POST", `${M}/orders`, { tableId, note: MARKUP, lines: tea() });
      return { status: res.status, readBack: `${M}/orders` };
    },
  },
  {
    name: "cancel reason",
    write: async () => {
      const placed = await placeOrder(server.url, order());
      const res = await staffJson("POST", `${M}/orders/${placed.body.order.id}/status`, {
        status: "cancelled",
        reason: MARKUP,
      });
      return { status: res.status, readBack: `${M}/orders/${placed.body.order.id}/history` };
    },
  },
  {
    name: "table label",
    write: async () => ({
      ...(await staffJson("POST", `${M}/tables`, { label: MARKUP })),
      readBack: `${M}/tables`,
    }),
  },
  {
    name: "category name",
    write: async () => ({
      ...(await staffJson("POST", `${M}/menu/categories`, { name: MARKUP })),
      readBack: `${M}/menu`,
    }),
  },
  {
    name: "item name and description",
    write: async () => ({
      ...(await staffJson("POST", `${M}/menu/items`, {
        categoryId: shop.menu.categories[0]?.id,
        name: MARKUP,
        description: MARKUP,
        price: 100,
      })),
      readBack: `/api/tables/${shop.tableToken}`,
    }),
  },
  {
    name: "option group and option names",
    write: async () => {
      const group = await staffJson("POST", `${M}/menu/items/${shop.item("Dumplings").id}/option-groups`, {
        name: MARKUP,
        minChoices: 0,
        maxChoices: 1,
      });
      const option = await staffJson("POST", `${M}/menu/option-groups/${group.body.id}/options`, {
        name: MARKUP,
      });
      return { status: Math.max(group.status, option.status), readBack: `${M}/menu` };
    },
  },
];

describe("markup in free-text fields", () => {
  it.each(textFields)("$name is stored and returned verbatim as JSON text", async (field) => {
    const written = await field.write(f);
    expect(written.status).toBeLessThan(300);
    const res = await fetch(`${server.url}${written.readBack}`, {
      headers: written.bearer ? { Authorization: `Bearer ${written.bearer}` } : { Cookie: f.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    // Exactly what was sent, JSON-escaped and nothing else: no stripping, no HTML entities.
    expect(await res.text()).toContain(JSON.stringify(MARKUP).slice(1, -1));
  });

  it("is never run by a page: the CSP allows scripts from the app's own origin only", async () => {
    for (const path of ["/", "/merchant/", "/api/health"]) {
      const csp = (await fetch(`${server.url}${path}`)).headers.get("content-security-policy") ?? "";
      const directives = new Map(
        csp.split(";").map((d) => {
          const [name = "", ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get("default-src"), path).toEqual(["'self'"]);
      expect(directives.get("script-src"), path).toEqual(["'self'"]);
      expect(directives.get("script-src-attr"), path).toEqual(["'none'"]);
      expect(directives.get("object-src"), path).toEqual(["'none'"]);
      expect(directives.get("frame-ancestors"), path).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
    }
  });
});
