import type { PaymentMode } from "@tabletap/shared";

export const paymentModeLabels: Record<PaymentMode, { name: string; hint: string }> = {
  pay_at_counter: { name: "Pay at the counter", hint: "Orders go to the kitchen at once; guests pay staff." },
  pay_first: { name: "Pay when ordering", hint: "Orders reach the kitchen once paid online." },
  both: { name: "Guest chooses", hint: "Guests pay online when ordering, or at the counter." },
};

export const providerLabels: Record<string, string> = {
  sandbox: "Sandbox (test payments, no money moves)",
  stripe: "Stripe",
  alipay: "Alipay",
};
