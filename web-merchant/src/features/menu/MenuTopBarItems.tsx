import { MenuNavLink } from "./MenuNavLink";
import { SoldOutButton } from "./SoldOutPanel";

/** What the menu feature adds to the top bar: "Menu" for editors, and "Sold out" for everyone. */
export function MenuTopBarItems() {
  return (
    <>
      <MenuNavLink />
      <SoldOutButton />
    </>
  );
}
