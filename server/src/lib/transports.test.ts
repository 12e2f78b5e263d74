import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { loggingTransport, maskAddress } from "./transports.js";

describe("loggingTransport", () => {
  it("logs the message without the recipient's full address", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const transport = loggingTransport("email", pino({ base: undefined }, sink));
    await transport.send({ to: "ana.lopez@example.com", subject: "Your receipt", text: "Tea ×2" });
    const logged = JSON.parse(lines.join("")) as { to: string; subject: string; msg: string };
    expect(logged.to).toBe("a***@example.com");
    expect(logged.subject).toBe("Your receipt");
    expect(logged.msg).toContain("Tea ×2");
    expect(lines.join("")).not.toContain("ana.lopez");
  });

  it("never logs the tokens in a message's links (invitations, receipts)", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const token = randomBytes(32).toString("base64url");
    const receipt = randomBytes(24).toString("base64url");
    const transport = loggingTransport("email", pino({ base: undefined }, sink));
    await transport.send({
      to: "new.cook@example.com",
      subject: "You are invited",
      text: `Choose your password: https://shop.example/merchant/invite#${token} or see https://shop.example/r/${receipt}`,
    });
    const logged = lines.join("");
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(receipt);
    expect(logged).toContain("https://shop.example/merchant/invite#[redacted]");
    expect(logged).toContain("Choose your password");
  });

  it("masks phone numbers and odd addresses too", () => {
    expect(maskAddress("+8613800138000")).toBe("***00");
    expect(maskAddress("@example.com")).toBe("***om");
    expect(maskAddress("a")).toBe("***");
  });
});
