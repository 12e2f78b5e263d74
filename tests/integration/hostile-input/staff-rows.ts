import { del, get, M, patch, post, type Row, row, shop } from "./harness.js";

/** Sign-in, invitations and passwords, staff sessions from other sites, and the team page. */
export const staffRows: Row[] = [
  // --- sign-in (cross-site and shape)
  row("login: email is a number", "400 validation_failed", () =>
    post("/api/auth/login", { email: 1, password: "x" }),
  ),
  row("login: unknown field", "400 validation_failed", () =>
    post("/api/auth/login", { email: shop.owner.email, password: shop.owner.password, role: "owner" }),
  ),
  row("login: from a foreign origin", "403 forbidden", () =>
    post("/api/auth/login", shop.owner, { headers: { Origin: "https://evil.example" } }),
  ),
  row("login: wrong password", "401 unauthorized", () =>
    post("/api/auth/login", { email: shop.owner.email, password: "wrong password" }),
  ),
  row("invitation: unknown token", "410 invitation_invalid", () =>
    post("/api/auth/invitations/lookup", { token: "x".repeat(43) }),
  ),
  row("invitation: expired token", "410 invitation_invalid", (f) =>
    post("/api/auth/invitations/accept", { token: f.expiredInvitation, password: "a long new password" }),
  ),
  row("password: too short", "400 validation_failed", () =>
    post(
      "/api/auth/password",
      { currentPassword: shop.owner.password, newPassword: "short" },
      { staff: true },
    ),
  ),
  // --- staff: no session, forged session, cross-site
  row("staff: no session", "401 unauthorized", () => get(`${M}/orders`, { staff: false })),
  row("staff: forged session cookie", "401 unauthorized", () =>
    get(`${M}/orders`, { staff: false, headers: { Cookie: "tt.sid=s%3Aforged.signature" } }),
  ),
  row("staff: state change from a foreign origin", "403 forbidden", (f) =>
    post(
      `${M}/orders/${f.order.id}/status`,
      { status: "cancelled" },
      { headers: { Origin: "https://evil.example" } },
    ),
  ),
  row("staff: origin 'null' (sandboxed frame)", "403 forbidden", (f) =>
    post(`${M}/orders/${f.order.id}/status`, { status: "cancelled" }, { headers: { Origin: "null" } }),
  ),
  // --- staff: team
  row("invite: not an email", "400 validation_failed", () =>
    post(`${M}/staff/invitations`, { email: "<b>@", role: "staff" }),
  ),
  row("invite: unknown role", "400 validation_failed", () =>
    post(`${M}/staff/invitations`, { email: "new@example.test", role: "superuser" }),
  ),
  row("team: change another shop's owner", "404 not_found", (f) =>
    patch(`${M}/staff/${f.theirStaffId}`, { role: "staff" }),
  ),
  row("team: remove another shop's owner", "404 not_found", (f) => del(`${M}/staff/${f.theirStaffId}`)),
];
