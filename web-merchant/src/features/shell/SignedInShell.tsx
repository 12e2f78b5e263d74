import { can } from "@tabletap/shared";
import { lazy, Suspense, useEffect } from "react";
import { Redirect, Route, Switch } from "wouter";
import { useScreenWakeLock } from "../../lib/wakeLock";
import { AccountPage } from "../auth/AccountPage";
import { useStaffSession } from "../auth/session";
import { BoardPage } from "../board/BoardPage";
import { enableSound } from "../board/chime";
import { NewOrderPage } from "../board/new-order/NewOrderPage";
import { OrderAlertBanner } from "../board/OrderAlertBanner";
import { OrderAlertsProvider } from "../board/OrderAlertsProvider";
import { OrderFeedProvider, useOrderFeed } from "../board/OrderFeedProvider";
import { TicketPage } from "../board/ticket/TicketPage";
import { CouponsPage } from "../coupons/CouponsPage";
import { MenuEditorPage } from "../menu/MenuEditorPage";
import { PaymentAlertsProvider } from "../payments/PaymentAlertsProvider";
import { RatingsPage } from "../ratings/RatingsPage";
import { DayClosedNotice } from "../reports/DayClosedNotice";
import { ServiceCallsBanner } from "../service-requests/ServiceCallsBanner";
import { ServiceCallsProvider } from "../service-requests/ServiceCallsProvider";
import { ShopSettingsPage } from "../shop-settings/ShopSettingsPage";
import { TeamPage } from "../staff/TeamPage";
import { PrintSheetPage } from "../tables/print/PrintSheetPage";
import { TablesPage } from "../tables/TablesPage";
import "./shell.css";
import { TopBar } from "./TopBar";

// Reports bring a chart library; only managers opening them download it.
const ReportsPage = lazy(() => import("../reports/ReportsPage"));

export function SignedInShell() {
  return (
    <OrderFeedProvider>
      <OrderAlertsProvider>
        <PaymentAlertsProvider>
          <ServiceCallsProvider>
            <ShellLayout />
          </ServiceCallsProvider>
        </PaymentAlertsProvider>
      </OrderAlertsProvider>
    </OrderFeedProvider>
  );
}

function ShellLayout() {
  const { shop, staff } = useStaffSession();
  const { orders } = useOrderFeed();
  let newCount = 0;
  for (const order of orders.values()) if (order.status === "placed") newCount += 1;

  useScreenWakeLock();
  useUnlockSoundOnFirstTap();
  useEffect(() => {
    // The count in the tab title is visible even when the console sits behind another app or tab.
    document.title = `${newCount > 0 ? `(${newCount}) ` : ""}${shop.name} · TableTap`;
  }, [newCount, shop.name]);

  return (
    <div className="shell">
      <TopBar newCount={newCount} />
      <OrderAlertBanner />
      <ServiceCallsBanner />
      {can(staff.role, "reports.read") && <DayClosedNotice />}
      <Switch>
        <Route path="/" component={BoardPage} />
        <Route path="/new-order" component={NewOrderPage} />
        <Route path="/orders/:id/ticket" component={TicketPage} />
        {can(staff.role, "tables.manage") && <Route path="/tables/print" component={PrintSheetPage} />}
        <Route path="/tables" component={TablesPage} />
        <Route path="/account" component={AccountPage} />
        {can(staff.role, "staff.manage") && <Route path="/team" component={TeamPage} />}
        {can(staff.role, "menu.edit") && <Route path="/menu" component={MenuEditorPage} />}
        {can(staff.role, "reports.read") && (
          <Route path="/reports">
            <Suspense
              fallback={
                <p className="splash" role="status">
                  Loading reports…
                </p>
              }
            >
              <ReportsPage />
            </Suspense>
          </Route>
        )}
        {can(staff.role, "reports.read") && <Route path="/ratings" component={RatingsPage} />}
        {can(staff.role, "coupons.manage") && <Route path="/coupons" component={CouponsPage} />}
        {can(staff.role, "payments.settings") && <Route path="/settings" component={ShopSettingsPage} />}
        <Route>
          <Redirect to="/" replace />
        </Route>
      </Switch>
    </div>
  );
}

/** Any tap on the console counts as the gesture browsers want before audio, so staff rarely need the button. */
function useUnlockSoundOnFirstTap() {
  useEffect(() => {
    const stop = () => document.removeEventListener("pointerdown", unlock, { capture: true });
    const unlock = async () => {
      if (await enableSound()) stop();
    };
    document.addEventListener("pointerdown", unlock, { capture: true });
    return stop;
  }, []);
}
