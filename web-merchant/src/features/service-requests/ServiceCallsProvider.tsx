import { type ServiceRequest, serviceRequestSchema } from "@tabletap/shared";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useNow } from "../../lib/clock";
import { playAlert } from "../board/chime";
import { useOrderFeed } from "../board/OrderFeedProvider";
import { callAlertLevel, chimeKey, listCalls, mergeCall, type OpenCalls, shouldChime } from "./serviceCalls";
import { serviceRequestsApi } from "./serviceRequestsApi";

interface ServiceCalls {
  /** Open calls, oldest first. */
  calls: ServiceRequest[];
  /** Resolves to an error message, or null once the call is answered (here or by someone else). */
  acknowledge: (call: ServiceRequest) => Promise<string | null>;
}

const ServiceCallsContext = createContext<ServiceCalls | null>(null);

/**
 * The tables' calls for staff, live on the order feed's socket and reloaded on every (re)connect. Like a new
 * order, an open call chimes at once and again every few seconds until a member of staff acknowledges it on
 * any board; an urgent one sounds the louder alarm. Above the routes, so it sounds on every page.
 */
export function ServiceCallsProvider({ children }: { children: ReactNode }) {
  const { onServiceRequest } = useOrderFeed();
  const [calls, setCalls] = useState<OpenCalls>(() => new Map());
  const now = useNow();

  useEffect(() => {
    const load = () =>
      void serviceRequestsApi.open().then((result) => {
        if (result.ok) setCalls(new Map(result.data.map((call) => [call.id, call])));
      });
    load();
    return onServiceRequest((payload) => {
      if (payload === null) return load();
      const parsed = serviceRequestSchema.safeParse(payload);
      if (parsed.success) setCalls((current) => mergeCall(current, parsed.data));
    });
  }, [onServiceRequest]);

  const lastChime = useRef<{ at: number; keys: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    const level = callAlertLevel(calls);
    if (level === null) {
      lastChime.current = null;
      return;
    }
    if (!shouldChime(calls, lastChime.current, now)) return;
    lastChime.current = { at: now, keys: new Set([...calls.values()].map(chimeKey)) };
    playAlert(level);
  }, [calls, now]);

  const acknowledge = useCallback(async (call: ServiceRequest) => {
    const result = await serviceRequestsApi.acknowledge(call.id);
    if (!result.ok) return result.error.message;
    setCalls((current) => mergeCall(current, result.data));
    return null;
  }, []);

  const value = useMemo(() => ({ calls: listCalls(calls), acknowledge }), [calls, acknowledge]);
  return <ServiceCallsContext value={value}>{children}</ServiceCallsContext>;
}

export function useServiceCalls(): ServiceCalls {
  const value = useContext(ServiceCallsContext);
  if (!value) throw new Error("useServiceCalls must be used inside <ServiceCallsProvider>");
  return value;
}
