import type { ShopSettingsView } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { api } from "../../lib/api";
import { useSession } from "../auth/session";
import { ServiceKindsEditor } from "../service-requests/ServiceKindsEditor";
import { ShopSettingsForm } from "./ShopSettingsForm";
import { shopSettingsApi } from "./shopSettingsApi";
import "./shop-settings.css";

type Load =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; view: ShopSettingsView };

/** The owner's screen for how the shop takes money and keeps time. */
export function ShopSettingsPage() {
  const { adopt } = useSession();
  const [state, setState] = useState<Load>({ status: "loading" });
  useEffect(() => {
    void shopSettingsApi
      .read()
      .then((result) =>
        setState(
          result.ok
            ? { status: "ready", view: result.data }
            : { status: "error", message: result.error.message },
        ),
      );
  }, []);

  // The console formats money and days with the session's shop, so it takes the saved settings too.
  const saved = async (view: ShopSettingsView) => {
    setState({ status: "ready", view });
    const session = await api.session();
    if (session.ok) adopt(session.data);
  };

  return (
    <main className="shop-settings-page">
      <div className="page-head">
        <div>
          <h1>Shop settings</h1>
          <p className="page-lead">
            How guests pay, and the shop's time zone and currency. Changes apply to new orders only: orders
            already placed keep their currency and way of paying.
          </p>
        </div>
      </div>
      {state.status === "loading" && <p className="page-message">Loading the settings…</p>}
      {state.status === "error" && (
        <p className="page-message" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && <ShopSettingsForm view={state.view} onSaved={saved} />}
      <ServiceKindsEditor />
    </main>
  );
}
