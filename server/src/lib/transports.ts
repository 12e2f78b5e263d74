import type { Logger } from "../logger.js";

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

/**
 * Stands in for a provider: the message goes to the log instead. Logs are kept and read by more people than
 * mail is, so the address is masked (a diner's receipt address is personal data the shop never keeps) and
 * so are the secrets a message carries (invitation and receipt tokens in its links): the person they were
 * meant for gets them from the console or the page that asked, never from the log.
 */
export function loggingTransport(channel: MessageTransport["channel"], logger: Logger): MessageTransport {
  return {
    channel,
    async send(message) {
      logger.info(
        { channel, to: maskAddress(message.to), subject: message.subject },
        `${channel} (logged, not sent): ${redactTokens(message.text)}`,
      );
    },
  };
}

/** "ana.lopez@example.com" → "a***@example.com"; a phone number keeps its last two digits. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at > 0) return `${address.slice(0, 1)}***${address.slice(at)}`;
  return address.length > 2 ? `***${address.slice(-2)}` : "***";
}

/**
 * Every token this product issues is at least 128 random bits, written as 22 or more base64url characters;
 * no word a message needs to be read is that long without a space, so such runs are masked wholesale.
 */
export const redactTokens = (text: string): string => text.replace(/[A-Za-z0-9_-]{22,}/g, "[redacted]");
