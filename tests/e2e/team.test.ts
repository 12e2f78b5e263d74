import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { InvitationPage, TeamPage } from "./pages/team-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the owner builds the team", () => {
  it("invites a waiter, who joins from the link and sees the board but not the team", async () => {
    const ownerTablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const owner = new BoardPage(await ownerTablet.newPage());
    await owner.signIn(server.url, shop.owner.email, shop.owner.password);
    const team = new TeamPage(owner.page);
    await team.open();
    const email = `waiter-${Date.now()}@team.test`;
    const link = await team.invite(email, "Staff");
    expect(link).toMatch(new RegExp(`^${server.url}/merchant/invite#`));
    await team.page.getByText("Waiting to join").waitFor();
    await team.page.screenshot({ path: artifact("team.png") });

    const waiterPhone = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const invitation = new InvitationPage(await waiterPhone.newPage());
    await invitation.page.goto(link);
    await invitation.page.getByText(`invited ${email} as staff`).waitFor();
    await invitation.page.screenshot({ path: artifact("invitation.png") });
    await invitation.accept(link, "a long waiter password");
    await invitation.page.getByTestId("column-placed").waitFor();
    expect(await invitation.page.getByRole("link", { name: "Team", exact: true }).count()).toBe(0);
    expect(await invitation.page.getByRole("link", { name: "Tables", exact: true }).count()).toBe(1);

    // The owner's list now has the new person; removing them signs them out at once.
    await team.page.reload();
    await team.person(email).waitFor();
    team.page.once("dialog", (dialog) => void dialog.accept());
    await team.person(email).getByRole("button", { name: "Remove" }).click();
    await invitation.page.getByText("Your session ended").waitFor({ timeout: 10_000 });
    await ownerTablet.close();
    await waiterPhone.close();
  });
});
