import type { MessageTransport, OutgoingMessage } from "@tabletap/server/lib/transports";

/** An email transport that keeps what the server sends, for tests that read their mail. */
export function recordingEmail(): MessageTransport & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    channel: "email",
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
