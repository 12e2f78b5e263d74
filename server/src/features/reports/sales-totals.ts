import type { SalesTotals } from "@tabletap/shared";

export interface ShopRange {
  shopId: string;
  from: string;
  to: string;
}

export interface TotalsRow {
  gross: number | string | null;
  discounts: number | string | null;
  refunds: number | string | null;
  tips: number | string | null;
  orders: number | string;
  cancellations: number | string;
}

export function totalsFrom(row: TotalsRow | undefined): SalesTotals {
  const gross = Number(row?.gross ?? 0);
  const discounts = Number(row?.discounts ?? 0);
  const refunds = Number(row?.refunds ?? 0);
  const orders = Number(row?.orders ?? 0);
  const net = gross - discounts - refunds;
  return {
    gross,
    discounts,
    refunds,
    net,
    tips: Number(row?.tips ?? 0),
    orders,
    averageTicket: orders === 0 ? 0 : Math.round(net / orders),
    cancellations: Number(row?.cancellations ?? 0),
  };
}
