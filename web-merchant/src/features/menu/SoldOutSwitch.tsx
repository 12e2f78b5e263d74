/** One tap marks an item sold out or back in stock; the whole row is the target. */
export function SoldOutSwitch(props: {
  name: string;
  soldOut: boolean;
  pending: boolean;
  onToggle: () => void;
  detail?: string;
}) {
  const { name, soldOut, pending, onToggle, detail } = props;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={soldOut}
      aria-label={`${name} sold out`}
      className={`soldout-switch${soldOut ? " is-sold-out" : ""}`}
      disabled={pending}
      onClick={onToggle}
    >
      <span className="soldout-switch__text">
        <span className="soldout-switch__name">{name}</span>
        {detail ? <span className="soldout-switch__detail">{detail}</span> : null}
      </span>
      <span className="soldout-switch__state">{soldOut ? "Sold out" : "Available"}</span>
      <span className="soldout-switch__track" aria-hidden="true">
        <span className="soldout-switch__thumb" />
      </span>
    </button>
  );
}
