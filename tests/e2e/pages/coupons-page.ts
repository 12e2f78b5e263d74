import type { Page } from "playwright-core";

/** The console's Coupons page (managers). */
export class CouponsPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/merchant/coupons`);
    await this.page.getByRole("heading", { name: "Coupons", level: 1 }).waitFor();
  }

  async create(rules: {
    code: string;
    percent: number;
    minSpend?: string;
    usageLimit?: string;
    perPhone?: string;
  }) {
    const form = this.page.getByRole("form", { name: "New coupon" });
    await form.getByTestId("coupon-code").fill(rules.code);
    await form.getByLabel("Percent off", { exact: true }).first().check();
    await form.getByTestId("coupon-value").fill(String(rules.percent));
    if (rules.minSpend) await form.getByLabel(/Minimum spend/).fill(rules.minSpend);
    if (rules.usageLimit) await form.getByTestId("coupon-usage-limit").fill(rules.usageLimit);
    if (rules.perPhone) await form.getByLabel("Uses per phone").fill(rules.perPhone);
    await form.getByTestId("coupon-save").click();
    await this.card(rules.code.toUpperCase()).waitFor();
  }

  card(code: string) {
    return this.page.locator(`[data-testid="coupon-card"][data-code="${code}"]`);
  }
}

/** The diner cart's promotion code and the pay step's tip. */
export class CartExtras {
  constructor(readonly page: Page) {}

  async applyCode(code: string) {
    await this.page.getByTestId("coupon-input").fill(code);
    await this.page.getByTestId("coupon-apply").click();
  }

  applied() {
    return this.page.getByTestId("coupon-applied");
  }

  error() {
    return this.page.getByTestId("coupon-error");
  }

  discount() {
    return this.page.getByTestId("cart-discount");
  }

  async chooseTip(percent: 0 | 10 | 15 | 20) {
    await this.page.getByTestId(`tip-${percent}`).click();
  }

  tip() {
    return this.page.getByTestId("cart-tip");
  }
}
