import { type FilterOption, sameFilter, type TableFilter } from "./filters";

/** One row of big chips: All, Takeaway, then each table with an order on the board. */
export function TableFilterBar(props: {
  options: FilterOption[];
  value: TableFilter;
  onChange: (filter: TableFilter) => void;
}) {
  const { options, value, onChange } = props;
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">Show orders for</legend>
      {options.map((option) => {
        const active = sameFilter(option.filter, value);
        return (
          <button
            key={option.filter.kind === "table" ? option.filter.tableId : option.filter.kind}
            type="button"
            className={`filter-chip${active ? " is-active" : ""}`}
            aria-pressed={active}
            onClick={() => onChange(option.filter)}
          >
            {option.label}
            <span className="filter-count">{option.count}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
