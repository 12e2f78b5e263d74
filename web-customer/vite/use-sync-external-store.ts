// React 18+ has useSyncExternalStore built in; the npm shim wouter imports only adds bytes to the entry.
export { useSyncExternalStore } from "react";
