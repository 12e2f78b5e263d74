import { defaultServiceKinds } from "@tabletap/shared";
import { t } from "../language/i18n";

type DefaultKindId = "help" | "water" | "cutlery" | "bill";

/**
 * What a call is named on the phone: an entry of the default list the shop left as it was reads in the
 * diner's language; a name the shop wrote itself is shown as written, like its dishes.
 */
export function kindName(kind: { kind?: string; id?: string; name: string }): string {
  const id = kind.kind ?? kind.id ?? "";
  const original = defaultServiceKinds.find((entry) => entry.id === id);
  return original && original.name === kind.name ? t(`callStaff.kinds.${id as DefaultKindId}`) : kind.name;
}
