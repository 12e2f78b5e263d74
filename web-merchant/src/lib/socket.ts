import {
  MERCHANT_NAMESPACE,
  type MerchantClientToServer,
  type MerchantServerToClient,
} from "@tabletap/shared";
import { io, type Socket } from "socket.io-client";

/** The client flips the server's generics: it listens to ServerToClient and emits ClientToServer. */
export type MerchantSocket = Socket<MerchantServerToClient, MerchantClientToServer>;

/** The server refuses the handshake with this message when the session cookie is missing or ended. */
export const UNAUTHORIZED_SOCKET_MESSAGE = "unauthorized";

/**
 * Same origin as the page, so the HttpOnly session cookie goes along with the handshake. WebSocket only:
 * long-polling would need sticky sessions behind a load balancer spreading over several API nodes.
 */
export function connectMerchantSocket(): MerchantSocket {
  return io(MERCHANT_NAMESPACE, { withCredentials: true, transports: ["websocket"] });
}
