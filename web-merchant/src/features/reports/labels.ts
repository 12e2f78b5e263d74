const payments: Record<string, string> = {
  online: "Online",
  cash: "Cash",
  card: "Card",
  unpaid: "Not paid yet",
};

/** How the report's payment methods read on screen. */
export const paymentLabel = (method: string) => payments[method] ?? method;
