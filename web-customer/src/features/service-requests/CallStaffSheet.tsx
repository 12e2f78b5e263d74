import { type ServiceKind, type ServiceRequest, serviceRequestRoutes } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { Sheet } from "../../components/Sheet";
import { ApiRequestError, call } from "../../lib/api";
import { t } from "../language/i18n";
import { kindName } from "./kindName";

interface CallStaffSheetProps {
  tableToken: string;
  placeLabel: string;
  calls: ServiceRequest[];
  onCalls: (calls: ServiceRequest[]) => void;
  onClose: () => void;
}

const problemOf = (error: unknown) =>
  error instanceof ApiRequestError ? error.message : t("serverErrors.network");

/** The shop's list of what a table can ask for; a tap calls staff, and the entry then says how it stands. */
export function CallStaffSheet({ tableToken, placeLabel, calls, onCalls, onClose }: CallStaffSheetProps) {
  const [kinds, setKinds] = useState<ServiceKind[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    call(serviceRequestRoutes.getTableService, { params: { token: tableToken }, signal: abort.signal }).then(
      (service) => {
        setKinds(service.kinds);
        onCalls(service.requests);
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setProblem(problemOf(error));
      },
    );
    return () => abort.abort();
  }, [tableToken, onCalls]);

  async function send(kind: ServiceKind) {
    setSending(kind.id);
    setProblem(null);
    try {
      onCalls([
        await call(serviceRequestRoutes.callStaff, {
          params: { token: tableToken },
          body: { kind: kind.id },
        }),
      ]);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSending(null);
    }
  }

  const stateOf = (kind: ServiceKind) => calls.find((entry) => entry.kind === kind.id);
  return (
    <Sheet title={t("callStaff.title")} subtitle={placeLabel} onClose={onClose}>
      <p className="tab-hint">{t("callStaff.hint")}</p>
      {kinds === null && !problem ? <p className="empty-hint">{t("callStaff.loading")}</p> : null}
      <ul className="call-staff__kinds" data-testid="call-staff-kinds">
        {(kinds ?? []).map((kind) => {
          const state = stateOf(kind);
          return (
            <li key={kind.id}>
              <button
                type="button"
                className="call-staff__kind"
                disabled={sending !== null || state?.status === "open"}
                onClick={() => send(kind)}
              >
                <span>{kindName(kind)}</span>
                {state ? (
                  <span className={`call-staff__state call-staff__state--${state.status}`}>
                    {state.status === "open" ? t("callStaff.sent") : t("callStaff.onTheWay")}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </Sheet>
  );
}
