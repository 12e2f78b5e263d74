import { kitchenRoutes, type Station } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import { call } from "../../../lib/api";

// Kept on the device: a bar tablet stays the bar's across reloads and sign-ins.
const KEY = "tabletap.board.station";

const remembered = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/** The shop's stations and the one this tablet shows (null: every station). */
export function useStationChoice() {
  const [stations, setStations] = useState<Station[]>([]);
  const [chosen, setChosen] = useState<string | null>(remembered);
  useEffect(() => {
    let live = true;
    void call(kitchenRoutes.listStations, {}).then((result) => {
      if (live && result.ok) setStations(result.data.stations);
    });
    return () => {
      live = false;
    };
  }, []);
  const choose = useCallback((stationId: string | null) => {
    setChosen(stationId);
    try {
      if (stationId === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, stationId);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  // A station removed since it was chosen: back to every station.
  const station = stations.find((each) => each.id === chosen) ?? null;
  return { stations, station, choose };
}
