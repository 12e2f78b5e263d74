import type { Team } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import { useStaffSession } from "../auth/session";
import { InviteForm } from "./InviteForm";
import { TeamList } from "./TeamList";
import { teamApi } from "./teamApi";
import "./staff.css";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; team: Team };

export function TeamPage() {
  const { staff } = useStaffSession();
  const [state, setState] = useState<Load>({ status: "loading" });
  const reload = useCallback(() => {
    void teamApi
      .team()
      .then((result) =>
        setState(
          result.ok
            ? { status: "ready", team: result.data }
            : { status: "error", message: result.error.message },
        ),
      );
  }, []);
  useEffect(() => reload(), [reload]);

  return (
    <main className="staff-page">
      <div className="page-head">
        <div>
          <h1>Team</h1>
          <p className="page-lead">Who can sign in to this console, and what each of them may do.</p>
        </div>
      </div>
      <div className="staff-columns">
        {state.status === "loading" && <p className="page-message">Loading the team…</p>}
        {state.status === "error" && (
          <p className="page-message" role="alert">
            {state.message}
          </p>
        )}
        {state.status === "ready" && <TeamList team={state.team} me={staff.id} onChanged={reload} />}
        <InviteForm onInvited={reload} />
      </div>
    </main>
  );
}
