import {
  chosenUnitPrice,
  defaultOptionIds,
  type MenuItem,
  missingGroups,
  type OptionGroup,
  priceLine,
  toggleOption,
} from "@tabletap/shared";
import { useState } from "react";

export interface ItemChoice {
  optionIds: string[];
  quantity: number;
  note: string;
  setQuantity: (quantity: number) => void;
  setNote: (note: string) => void;
  toggle: (group: OptionGroup, optionId: string, checked: boolean) => void;
  /** Groups that still need a choice, in menu order, for the hint next to the disabled button. */
  missing: OptionGroup[];
  valid: boolean;
  /** Price for the current choice and quantity; shown even before the choice is complete. */
  total: number;
}

/** The state of the item sheet, checked by the shared `priceLine` exactly as the server will check it. */
export function useItemChoice(item: MenuItem): ItemChoice {
  const [optionIds, setOptionIds] = useState<string[]>(() => defaultOptionIds(item));
  const [quantity, setQuantity] = useState(1);
  const [note, setNote] = useState("");

  // The rule is shared with the console's order sheet; a checkbox or radio says which state it wants.
  const toggle = (_group: OptionGroup, optionId: string, checked: boolean) =>
    setOptionIds((current) =>
      current.includes(optionId) === checked ? current : toggleOption(item, current, optionId),
    );

  const valid = priceLine(item, optionIds, quantity).ok;
  const total = chosenUnitPrice(item, optionIds) * quantity;
  const missing = missingGroups(item, optionIds);

  return { optionIds, quantity, note, setQuantity, setNote, toggle, missing, valid, total };
}
