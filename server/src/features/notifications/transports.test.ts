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

  it("masks phone numbers and odd addresses too", () => {
    expect(maskAddress("+8613800138000")).toBe("***00");
    expect(maskAddress("@example.com")).toBe("***om");
    expect(maskAddress("a")).toBe("***");
  });
});
