import { formatMoney } from "@tabletap/shared";
import type { SandboxCheckoutsTable } from "../../../db/schema.js";
import { escapeHtml } from "../../../http/html.js";

/** The hosted checkout page, styled like a payment provider's so the diner knows they left the shop's page. */
export function renderCheckoutPage(checkout: SandboxCheckoutsTable): string {
  const amount = escapeHtml(formatMoney(checkout.amount, checkout.currency, checkout.locale));
  const merchant = escapeHtml(checkout.merchantName);
  const open = checkout.status === "open";
  const action = `/sandbox-pay/${encodeURIComponent(checkout.id)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pay ${amount} · Sandbox Pay</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#eef1f6;color:#1a2233}
main{max-width:420px;margin:0 auto;padding:24px 16px}
.brand{font-weight:800;letter-spacing:.02em;color:#3556d8;margin-bottom:20px}
.card{background:#fff;border-radius:16px;padding:24px;box-shadow:0 6px 24px rgba(20,30,60,.08)}
.merchant{color:#5a6478;font-size:15px}.amount{font-size:40px;font-weight:800;margin:6px 0 20px}
.badge{display:inline-block;background:#fff4d6;color:#7a5a00;border-radius:999px;padding:4px 10px;font-size:12px;font-weight:700}
button{width:100%;min-height:52px;border:0;border-radius:12px;font-size:17px;font-weight:700;margin-top:12px;cursor:pointer}
.pay{background:#3556d8;color:#fff}.cancel{background:#eef1f6;color:#1a2233}
button:focus-visible{outline:3px solid #1a2233;outline-offset:2px}.done{font-size:18px;font-weight:700}
</style></head><body><main>
<div class="brand">Sandbox Pay</div>
<div class="card">
<div class="merchant">Pay ${merchant}</div>
<div class="amount" data-testid="sandbox-amount">${amount}</div>
<span class="badge">Test mode · no real money moves</span>
${
  open
    ? `<form method="post" action="${action}/pay"><button class="pay" type="submit">Pay ${amount}</button></form>
<form method="post" action="${action}/cancel"><button class="cancel" type="submit">Cancel</button></form>`
    : `<p class="done">This checkout is ${escapeHtml(checkout.status)}.</p>`
}
</div></main></body></html>`;
}
