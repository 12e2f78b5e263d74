import { presetRange, type DayRange as Range, type RangePreset, rangePresets } from "@tabletap/shared";
import { useState } from "react";

const presetLabels: Record<RangePreset, string> = {
  today: "Today",
  yesterday: "Yesterday",
  last7: "Last 7 days",
  last30: "Last 30 days",
};

export type Choice = RangePreset | "custom";

/** Preset ranges in one tap, or two dates; every day is the shop's day. */
export function RangePicker(props: {
  today: string;
  choice: Choice;
  range: Range;
  onChange: (choice: Choice, range: Range) => void;
}) {
  const [from, setFrom] = useState(props.range.from);
  const [to, setTo] = useState(props.range.to);
  const invalid = !from || !to || from > to;
  return (
    <div className="range-picker">
      <fieldset className="segmented" aria-label="Period">
        {rangePresets.map((preset) => (
          <button
            key={preset}
            type="button"
            className={props.choice === preset ? "segment is-active" : "segment"}
            aria-pressed={props.choice === preset}
            onClick={() => props.onChange(preset, presetRange(preset, props.today))}
          >
            {presetLabels[preset]}
          </button>
        ))}
        <button
          type="button"
          className={props.choice === "custom" ? "segment is-active" : "segment"}
          aria-pressed={props.choice === "custom"}
          onClick={() => props.onChange("custom", props.range)}
        >
          Custom
        </button>
      </fieldset>
      {props.choice === "custom" && (
        <form
          className="custom-range"
          onSubmit={(event) => {
            event.preventDefault();
            if (!invalid) props.onChange("custom", { from, to });
          }}
        >
          <label>
            From
            <input type="date" value={from} max={props.today} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To
            <input type="date" value={to} max={props.today} onChange={(e) => setTo(e.target.value)} />
          </label>
          <button type="submit" className="button button-primary" disabled={invalid}>
            Show
          </button>
        </form>
      )}
    </div>
  );
}
