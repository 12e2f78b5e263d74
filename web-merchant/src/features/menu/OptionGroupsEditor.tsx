import type { MenuOption, MerchantMenuItem, OptionGroup } from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import { menuApi } from "./menuApi";
import { useMenuMoney } from "./menuMoney";
import type { MerchantMenuState } from "./useMerchantMenu";

type Props = { item: MerchantMenuItem; menu: MerchantMenuState };

/** Option groups (e.g. "Size: choose 1") and their options with price differences. */
export function OptionGroupsEditor({ item, menu }: Props) {
  const [name, setName] = useState("");
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await menu.run(() => menuApi.addGroup(item.id, { name, minChoices: 0, maxChoices: 1 }));
    if (result.ok) setName("");
  };
  return (
    <section className="item-section" aria-label="Options">
      <h3>Options</h3>
      {item.optionGroups.map((group, index) => (
        <GroupEditor
          key={group.id}
          group={group}
          index={index}
          count={item.optionGroups.length}
          menu={menu}
        />
      ))}
      <form className="menu-inline-form" onSubmit={add}>
        <input
          className="menu-input"
          aria-label="New option group name"
          placeholder="New group, e.g. Size"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={menu.busy || name.trim() === ""}>
          Add group
        </button>
      </form>
    </section>
  );
}

function GroupEditor(props: { group: OptionGroup; index: number; count: number; menu: MerchantMenuState }) {
  const { group, index, count, menu } = props;
  const [name, setName] = useState(group.name);
  const [min, setMin] = useState(String(group.minChoices));
  const [max, setMax] = useState(String(group.maxChoices));
  const [optionName, setOptionName] = useState("");
  const minChoices = Number.parseInt(min, 10);
  const maxChoices = Number.parseInt(max, 10);
  const valid = Number.isInteger(minChoices) && Number.isInteger(maxChoices) && minChoices <= maxChoices;
  const dirty = name !== group.name || minChoices !== group.minChoices || maxChoices !== group.maxChoices;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void menu.run(() => menuApi.changeGroup(group.id, { name, minChoices, maxChoices }));
  };
  const addOption = async (event: FormEvent) => {
    event.preventDefault();
    const result = await menu.run(() => menuApi.addOption(group.id, { name: optionName }));
    if (result.ok) setOptionName("");
  };

  return (
    <div className="option-group">
      <form className="option-group__head" onSubmit={save}>
        <input
          className="menu-input"
          aria-label="Group name"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <label className="menu-choice">
          <span>Min</span>
          <input
            className="menu-input"
            inputMode="numeric"
            value={min}
            onChange={(e) => setMin(e.target.value)}
          />
        </label>
        <label className="menu-choice">
          <span>Max</span>
          <input
            className="menu-input"
            inputMode="numeric"
            value={max}
            onChange={(e) => setMax(e.target.value)}
          />
        </label>
        {dirty ? (
          <button type="submit" className="button button-primary" disabled={menu.busy || !valid}>
            Save
          </button>
        ) : null}
        <Mover
          label={group.name}
          first={index === 0}
          last={index === count - 1}
          busy={menu.busy}
          onMove={(delta) => void menu.run(() => menuApi.changeGroup(group.id, { position: index + delta }))}
        />
        <button
          type="button"
          className="button button-quiet"
          disabled={menu.busy}
          onClick={() => void menu.run(() => menuApi.deleteGroup(group.id))}
        >
          Delete
        </button>
      </form>
      <p className="menu-field__hint">
        {minChoices > 0
          ? `Diners must choose ${minChoices === maxChoices ? minChoices : `${minChoices}–${maxChoices}`}`
          : `Optional, up to ${maxChoices}`}
      </p>
      <ul className="option-list">
        {group.options.map((option, optionIndex) => (
          <OptionEditor
            key={option.id}
            option={option}
            index={optionIndex}
            count={group.options.length}
            menu={menu}
          />
        ))}
      </ul>
      <form className="menu-inline-form" onSubmit={addOption}>
        <input
          className="menu-input"
          aria-label={`New option in ${group.name}`}
          placeholder="New option"
          value={optionName}
          maxLength={80}
          onChange={(e) => setOptionName(e.target.value)}
        />
        <button type="submit" className="button" disabled={menu.busy || optionName.trim() === ""}>
          Add option
        </button>
      </form>
    </div>
  );
}

function OptionEditor(props: { option: MenuOption; index: number; count: number; menu: MerchantMenuState }) {
  const { option, index, count, menu } = props;
  const money = useMenuMoney();
  const [name, setName] = useState(option.name);
  const [delta, setDelta] = useState(money.toInput(option.priceDelta));
  const priceDelta = money.parse(delta, { signed: true });
  const dirty = name !== option.name || priceDelta !== option.priceDelta;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (priceDelta !== null) void menu.run(() => menuApi.changeOption(option.id, { name, priceDelta }));
  };
  return (
    <li>
      <form className="option-row" onSubmit={save}>
        <input
          className="menu-input"
          aria-label="Option name"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <label className="menu-price-input">
          <span>+{money.symbol}</span>
          <input
            className="menu-input"
            aria-label={`Price difference for ${option.name}`}
            inputMode="decimal"
            aria-invalid={priceDelta === null || undefined}
            value={delta}
            onChange={(e) => setDelta(e.target.value)}
          />
        </label>
        {dirty ? (
          <button type="submit" className="button button-primary" disabled={menu.busy || priceDelta === null}>
            Save
          </button>
        ) : null}
        <Mover
          label={option.name}
          first={index === 0}
          last={index === count - 1}
          busy={menu.busy}
          onMove={(d) => void menu.run(() => menuApi.changeOption(option.id, { position: index + d }))}
        />
        <button
          type="button"
          className="button button-quiet"
          aria-label={`Delete ${option.name}`}
          disabled={menu.busy}
          onClick={() => void menu.run(() => menuApi.deleteOption(option.id))}
        >
          ✕
        </button>
      </form>
    </li>
  );
}

function Mover(props: {
  label: string;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (d: -1 | 1) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={`Move ${props.label} up`}
        disabled={props.busy || props.first}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button"
        aria-label={`Move ${props.label} down`}
        disabled={props.busy || props.last}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
