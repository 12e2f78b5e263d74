import type { ServiceKind } from "./schemas.js";

// Apart from the schemas, so the diner's first screen can know these names without loading zod.

/** What a new shop offers until it edits the list; the diner app translates these names. */
export const defaultServiceKinds: ServiceKind[] = [
  { id: "help", name: "Help" },
  { id: "water", name: "Water" },
  { id: "cutlery", name: "Cutlery" },
  { id: "bill", name: "The bill" },
];
