import { describe, expect, it } from "vitest";
import { defaultOptionIds, groupChoice, missingGroups, toggleOption } from "./option-choice.js";

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

describe("what a choice makes of each group", () => {
  const base = {
    id: "base",
    name: "Base",
    minChoices: 1,
    maxChoices: 1,
    options: [option("rice"), option("noodles")],
  };
  const toppings = {
    id: "toppings",
    name: "Toppings",
    minChoices: 2,
    maxChoices: 3,
    options: [option("egg"), option("tofu"), option("kimchi"), option("less-salt")],
  };
  const sauce = { id: "sauce", name: "Sauce", minChoices: 0, maxChoices: 2, options: [option("chili")] };
  const bowl = { optionGroups: [base, toppings, sauce] };

  it("counts a group's choices against its minimum and maximum", () => {
    const chosen = new Set(["rice", "egg", "tofu", "kimchi"]);
    expect(groupChoice(base, chosen)).toEqual({ count: 1, required: true, satisfied: true, full: true });
    expect(groupChoice(toppings, chosen)).toEqual({ count: 3, required: true, satisfied: true, full: true });
    expect(groupChoice(toppings, new Set(["egg"]))).toEqual({
      count: 1,
      required: true,
      satisfied: false,
      full: false,
    });
    expect(groupChoice(sauce, chosen)).toEqual({ count: 0, required: false, satisfied: true, full: false });
  });

  it("lists the groups still short of a choice, in menu order", () => {
    expect(missingGroups(bowl, []).map((group) => group.id)).toEqual(["base", "toppings"]);
    expect(missingGroups(bowl, ["egg", "rice"]).map((group) => group.id)).toEqual(["toppings"]);
    expect(missingGroups(bowl, ["noodles", "egg", "less-salt"])).toEqual([]);
  });
});
