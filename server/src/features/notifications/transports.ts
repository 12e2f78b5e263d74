import type { Logger } from "../../logger.js";

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
}

/** Email and SMS go through this seam; a deployment plugs in its provider, development logs. */
export interface MessageTransport {
  readonly channel: "email" | "sms";
  send(message: OutgoingMessage): Promise<void>;
}

export function loggingTransport(channel: MessageTransport["channel"], logger: Logger): MessageTransport {
  return {
    channel,
    async send(message) {
      logger.info(
        { channel, to: message.to, subject: message.subject },
        `${channel} (logged, not sent): ${message.text}`,
      );
    },
  };
}
