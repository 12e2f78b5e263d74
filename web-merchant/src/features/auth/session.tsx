import type { LoginRequest, StaffSession } from "@tabletap/shared";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { api, onSessionExpired, type RequestFailure } from "../../lib/api";

export type SessionState =
  | { status: "checking" }
  | { status: "signed-out"; notice?: string }
  | { status: "signed-in"; session: StaffSession };

interface SessionContextValue {
  state: SessionState;
  signIn: (credentials: LoginRequest) => Promise<RequestFailure | null>;
  signOut: () => Promise<void>;
  /** A session that began elsewhere (an accepted invitation). */
  adopt: (session: StaffSession) => void;
  /** The server says the session is gone (socket refused, 401 from the API). */
  expire: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

const EXPIRED_NOTICE = "Your session ended. Sign in again to keep receiving orders.";

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "checking" });

  useEffect(() => {
    let cancelled = false;
    void api.session().then((result) => {
      if (cancelled) return;
      if (result.ok) setState({ status: "signed-in", session: result.data });
      else if (result.error.status === 401) setState({ status: "signed-out" });
      else setState({ status: "signed-out", notice: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const expire = useCallback(() => setState({ status: "signed-out", notice: EXPIRED_NOTICE }), []);
  useEffect(() => onSessionExpired(expire), [expire]);

  const signIn = useCallback(async (credentials: LoginRequest) => {
    const result = await api.login(credentials);
    if (!result.ok) return result.error;
    setState({ status: "signed-in", session: result.data });
    return null;
  }, []);

  const signOut = useCallback(async () => {
    // Leave the console even if the call fails: a shared tablet must never look signed in by mistake.
    await api.logout();
    setState({ status: "signed-out" });
  }, []);

  const adopt = useCallback((session: StaffSession) => setState({ status: "signed-in", session }), []);

  const value = useMemo(
    () => ({ state, signIn, signOut, expire, adopt }),
    [state, signIn, signOut, expire, adopt],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}

/** For screens behind the sign-in gate, where a session is guaranteed. */
export function useStaffSession(): StaffSession {
  const { state } = useSession();
  if (state.status !== "signed-in") throw new Error("useStaffSession needs a signed-in session");
  return state.session;
}
