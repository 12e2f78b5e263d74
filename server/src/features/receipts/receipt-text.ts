import { formatMoney, type Receipt } from "@tabletap/shared";

/** The receipt as a plain-text email: what the receipt page shows, in the shop's locale and clock. */
export function receiptEmail(receipt: Receipt, link: string): { subject: string; text: string } {
  const { locale, timezone, name } = receipt.shop;
  const money = (amount: number) => formatMoney(amount, receipt.currency, locale);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: timezone,
  }).format(new Date(receipt.placedAt));
  const lines = receipt.lines.flatMap((line) => [
    `${line.quantity} × ${line.name}  ${money(line.lineTotal)}`,
    ...line.options.map((option) => `    ${option.name}`),
  ]);
  const totals = [
    `Subtotal  ${money(receipt.subtotal)}`,
    ...(receipt.discount > 0 ? [`Discount  −${money(receipt.discount)}`] : []),
    ...(receipt.tip > 0 ? [`Tip  ${money(receipt.tip)}`] : []),
    `Total  ${money(receipt.total + receipt.tip)}`,
    ...(receipt.amountPaid > 0 ? [`Paid  ${money(receipt.amountPaid)}`] : []),
    ...(receipt.amountRefunded > 0 ? [`Refunded  −${money(receipt.amountRefunded)}`] : []),
    ...(receipt.amountDue > 0 ? [`Still to pay  ${money(receipt.amountDue)}`] : []),
  ];
  const text = [
    `${name} — order #${receipt.pickupNumber}`,
    when,
    "",
    ...lines,
    "",
    ...totals,
    "",
    `View it online: ${link}`,
    "",
    "You asked for this receipt. Your address was used for this one email and then deleted.",
  ].join("\n");
  return { subject: `Your receipt from ${name}`, text };
}
