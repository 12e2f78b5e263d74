import { describe, expect, it } from "vitest";
import { defaultOptionIds, toggleOption } from "./option-choice.js";

const option = (id: string) => ({ id, name: id, priceDelta: 0 });

describe("defaultOptionIds", () => {
  it("starts a required single choice on its first option and leaves every other group empty", () => {
    const item = {
      optionGroups: [
        {
          id: "size",
          name: "Size",
          minChoices: 1,
          maxChoices: 1,
          options: [option("regular"), option("large")],
        },
        { id: "milk", name: "Milk", minChoices: 0, maxChoices: 1, options: [option("oat")] },
        { id: "toppings", name: "Toppings", minChoices: 1, maxChoices: 3, options: [option("egg")] },
        { id: "empty", name: "Empty", minChoices: 1, maxChoices: 1, options: [] },
      ],
    };
    expect(defaultOptionIds(item)).toEqual(["regular"]);
  });

  it("swaps within one-of groups, caps multi-choice groups, and unpicks", () => {
    const latte = {
      optionGroups: [
        {
          id: "size",
          name: "Size",
          minChoices: 1,
          maxChoices: 1,
          options: [option("regular"), option("large")],
        },
        {
          id: "extras",
          name: "Extras",
          minChoices: 0,
          maxChoices: 2,
          options: [option("oat"), option("shot"), option("syrup")],
        },
      ],
    };
    expect(toggleOption(latte, ["regular"], "large")).toEqual(["large"]);
    const two = toggleOption(latte, toggleOption(latte, ["large"], "oat"), "shot");
    expect(two).toEqual(["large", "oat", "shot"]);
    expect(toggleOption(latte, two, "syrup")).toEqual(two);
    expect(toggleOption(latte, two, "oat")).toEqual(["large", "shot"]);
    expect(toggleOption(latte, two, "not-an-option")).toEqual(two);
  });
});
