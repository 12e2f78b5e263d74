import { Redirect, Route, Router, Switch } from "wouter";
import { InvitePage } from "./features/auth/InvitePage";
import { LoginPage } from "./features/auth/LoginPage";
import { SessionProvider, useSession } from "./features/auth/session";
import { SignedInShell } from "./features/shell/SignedInShell";

/** Served under /merchant/ next to the diner app, so every route is relative to that base. */
export function App() {
  return (
    <SessionProvider>
      <Router base="/merchant">
        <SessionGate />
      </Router>
    </SessionProvider>
  );
}

function SessionGate() {
  const { state } = useSession();
  if (state.status === "checking") {
    return (
      <p className="splash" role="status">
        Loading…
      </p>
    );
  }
  if (state.status === "signed-out") {
    return (
      <Switch>
        <Route path="/login">
          <LoginPage notice={state.notice} />
        </Route>
        <Route path="/invite" component={InvitePage} />
        <Route>
          <Redirect to="/login" replace />
        </Route>
      </Switch>
    );
  }
  return (
    <Switch>
      <Route path="/login">
        <Redirect to="/" replace />
      </Route>
      {/* Someone signed in on this device may still open an invitation meant for another person. */}
      <Route path="/invite" component={InvitePage} />
      <Route>
        <SignedInShell />
      </Route>
    </Switch>
  );
}
