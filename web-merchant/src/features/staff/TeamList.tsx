import type { StaffMember, StaffRole, Team } from "@tabletap/shared";
import { useState } from "react";
import { formatDate } from "./formatDate";
import { roleLabels, roleOrder } from "./roles";
import { teamApi } from "./teamApi";

/** People and open invitations, with role changes and removal in place. */
export function TeamList({ team, me, onChanged }: { team: Team; me: string; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);

  async function run(action: Promise<{ ok: boolean; error?: { message: string } }>) {
    setError(null);
    const result = await action;
    if (!result.ok) setError(result.error?.message ?? "That did not work.");
    onChanged();
  }

  const remove = (person: StaffMember) => {
    if (window.confirm(`Remove ${person.email}? They are signed out everywhere at once.`))
      void run(teamApi.remove(person.id));
  };

  return (
    <section className="panel" aria-labelledby="team-title">
      <h2 id="team-title">People</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="team-list">
        {team.staff.map((person) => (
          <li key={person.id} className="team-row">
            <span className="team-email">
              {person.email}
              {person.id === me && <span className="team-you"> (you)</span>}
            </span>
            <select
              aria-label={`Role of ${person.email}`}
              value={person.role}
              onChange={(event) => void run(teamApi.changeRole(person.id, event.target.value as StaffRole))}
            >
              {roleOrder.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role].name}
                </option>
              ))}
            </select>
            <button type="button" className="button button-quiet" onClick={() => remove(person)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {team.invitations.length > 0 && (
        <>
          <h3>Waiting to join</h3>
          <ul className="team-list">
            {team.invitations.map((invitation) => (
              <li key={invitation.id} className="team-row is-pending">
                <span className="team-email">{invitation.email}</span>
                <span className="team-role">
                  {roleLabels[invitation.role].name} · until {formatDate(invitation.expiresAt)}
                </span>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void run(teamApi.withdraw(invitation.id))}
                >
                  Withdraw
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
