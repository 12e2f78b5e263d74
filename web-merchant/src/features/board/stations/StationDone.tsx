import { kitchenRoutes, type Order } from "@tabletap/shared";
import { useState } from "react";
import { call } from "../../../lib/api";
import { stationOwes } from "./stationBoard";

/** A station's bump: its part of the order is done; the last station's bump makes the order ready. */
export function StationDone(props: {
  order: Order;
  station: { id: string; name: string };
  onDone: (order: Order) => void;
}) {
  const { order, station, onDone } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!stationOwes(order, station.id)) return null;
  const bump = async () => {
    setBusy(true);
    const result = await call(kitchenRoutes.bumpStation, { params: { id: order.id, stationId: station.id } });
    setBusy(false);
    if (result.ok) onDone(result.data.order);
    else setError(result.error.message);
  };
  return (
    <div className="station-done">
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void bump()}>
        {station.name} done
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
