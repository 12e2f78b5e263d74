import { describe, expect, it } from "vitest";
import { isPublicAddress, pushEndpointPolicy, refusePushEndpoint } from "./push-endpoints.js";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "192.0.2.1",
    "198.51.100.1",
    "203.0.113.1",
    "198.18.0.1",
    "240.0.0.1",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:8.8.8.8",
    "::127.0.0.1",
    "64:ff9b::7f00:1",
    "2002:7f00:1::",
    "2001::1",
    "2001:db8::1",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fec0::1",
    "ff02::1",
    "100::1",
    "not an address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "142.250.74.106", "2a00:1450:4001:82b::200a", "2606:4700::1111"])(
    "accepts %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe("refusePushEndpoint", () => {
  const resolve = async (host: string) =>
    host === "push.example" ? [{ address: "8.8.8.8", family: 4 }] : [{ address: "10.0.0.1", family: 4 }];
  const production = pushEndpointPolicy({ production: true, resolve });
  const development = pushEndpointPolicy({ production: false, resolve });

  it("accepts a public https service on 443, and http on 80 in development only", async () => {
    expect(await refusePushEndpoint(production, "https://push.example/send/abc")).toBeUndefined();
    expect(await refusePushEndpoint(production, "http://push.example/send/abc")).toMatch(/https/);
    expect(await refusePushEndpoint(development, "http://push.example/send/abc")).toBeUndefined();
    expect(await refusePushEndpoint(development, "http://push.example:8080/")).toMatch(/port/);
  });

  it("refuses a name resolving inside, and lets a trusted origin through whatever its address", async () => {
    expect(await refusePushEndpoint(production, "https://intranet.example/")).toMatch(/public push service/);
    const trusting = pushEndpointPolicy({
      production: false,
      resolve,
      trustedOrigins: ["http://127.0.0.1:9999"],
    });
    expect(await refusePushEndpoint(trusting, "http://127.0.0.1:9999/push")).toBeUndefined();
    expect(await refusePushEndpoint(trusting, "http://127.0.0.1:9998/push")).toBeDefined();
  });
});
