import { lazy, Suspense, useEffect } from "react";
import { Route, Switch, useLocation } from "wouter";
import { LoadingScreen } from "./components/StatusScreen";
import { LazyHistoryPage } from "./features/history/lazyHistoryPage";
import { t } from "./features/language/i18n";
import { useLanguage } from "./features/language/useLanguage";
import { MenuPage } from "./features/menu/MenuPage";
import { AppErrorBoundary } from "./features/offline/AppErrorBoundary";
import { OfflineNotice } from "./features/offline/OfflineNotice";
import { LazyOrderPage } from "./features/order/lazyOrderPage";
import { LazyRatePage } from "./features/rating/lazyRatePage";
import { LazyReceiptPage } from "./features/receipt/lazyReceiptPage";
import { retryingLoad } from "./lib/retryingLoad";

// A QR code opens the menu: the start page and the garbage-link page load only when someone lands there.
const HomePage = lazy(
  retryingLoad(() => import("./features/home/HomePage").then((module) => ({ default: module.HomePage }))),
);
const NotFoundPage = lazy(
  retryingLoad(() =>
    import("./features/home/NotFoundPage").then((module) => ({ default: module.NotFoundPage })),
  ),
);

/** Two real screens: the menu a QR code opens, and the order the diner then follows. */
export function App() {
  const [location] = useLocation();
  // Re-renders every screen when the diner switches language, so each t() call reads the new words.
  useLanguage();
  // A new screen starts at its top, not at the scroll position of the long menu the diner just left.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the location changes.
  useEffect(() => {
    // Block body on purpose: newer browsers return a Promise from scrollTo, which React would call as cleanup.
    window.scrollTo(0, 0);
  }, [location]);

  return (
    <AppErrorBoundary>
      <OfflineNotice onMenu={location.startsWith("/t/")} />
      <Switch>
        {/* Keyed so moving to another table or order starts from fresh state, not the previous one's. */}
        <Route path="/t/:token">
          {(params) => <MenuPage key={params.token} tableToken={params.token} />}
        </Route>
        <Route path="/orders">
          <Suspense fallback={<LoadingScreen label={t("common.loading")} />}>
            <LazyHistoryPage />
          </Suspense>
        </Route>
        <Route path="/orders/:id/rate">
          {(params) => (
            <Suspense fallback={<LoadingScreen label={t("common.loading")} />}>
              <LazyRatePage key={params.id} orderId={params.id} />
            </Suspense>
          )}
        </Route>
        <Route path="/r/:token">
          {(params) => (
            <Suspense fallback={<LoadingScreen label={t("receipt.loading")} />}>
              <LazyReceiptPage key={params.token} receiptToken={params.token} />
            </Suspense>
          )}
        </Route>
        <Route path="/orders/:id">
          {(params) => (
            <Suspense fallback={<LoadingScreen label={t("order.loading")} />}>
              <LazyOrderPage key={params.id} orderId={params.id} />
            </Suspense>
          )}
        </Route>
        <Route path="/">
          <Suspense fallback={<LoadingScreen label={t("common.loading")} />}>
            <HomePage />
          </Suspense>
        </Route>
        <Route>
          <Suspense fallback={<LoadingScreen label={t("common.loading")} />}>
            <NotFoundPage />
          </Suspense>
        </Route>
      </Switch>
    </AppErrorBoundary>
  );
}
