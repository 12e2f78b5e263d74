import type { Page } from "playwright-core";

/** The owner's Team screen and the page an invitation link opens. */
export class TeamPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: "Team", exact: true }).click();
    await this.page.getByRole("heading", { name: "Team", level: 1 }).waitFor();
  }

  /** Sends an invitation and returns the link the console shows for handing over. */
  async invite(email: string, role: "Staff" | "Manager" | "Owner"): Promise<string> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByRole("radio", { name: new RegExp(`^${role}`) }).check();
    await this.page.getByRole("button", { name: "Send invitation" }).click();
    return this.page.getByLabel("Invitation link").inputValue();
  }

  person(email: string) {
    return this.page.locator(".team-row", { hasText: email });
  }
}

export class InvitationPage {
  constructor(readonly page: Page) {}

  async accept(link: string, password: string) {
    await this.page.goto(link);
    await this.page.getByLabel("New password", { exact: true }).fill(password);
    await this.page.getByLabel("New password again").fill(password);
    await this.page.getByRole("button", { name: "Join and sign in" }).click();
  }
}
