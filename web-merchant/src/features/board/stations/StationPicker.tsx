import type { Station } from "@tabletap/shared";

/** Which station this tablet is: the bar's shows drinks only. Hidden while the shop has no stations. */
export function StationPicker(props: {
  stations: Station[];
  value: Station | null;
  onChange: (stationId: string | null) => void;
}) {
  const { stations, value, onChange } = props;
  if (stations.length === 0) return null;
  return (
    <label className="station-picker">
      Station
      <select
        data-testid="station-picker"
        value={value?.id ?? ""}
        onChange={(event) => onChange(event.target.value === "" ? null : event.target.value)}
      >
        <option value="">All stations</option>
        {stations.map((station) => (
          <option key={station.id} value={station.id}>
            {station.name}
          </option>
        ))}
      </select>
    </label>
  );
}
