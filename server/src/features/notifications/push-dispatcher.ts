import type { LookupAddress, LookupOptions } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Agent, buildConnector } from "undici";
import {
  isPublicAddress,
  isTrustedOrigin,
  type PushEndpointPolicy,
  refuseSchemeOrPort,
} from "./push-endpoints.js";

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The HTTP client for push requests, checking the address it is about to connect to. Checking the URL at
 * sign-up is not enough: the name may resolve elsewhere by the time the push is sent (DNS rebinding), and
 * rows written before these checks existed are sent too. So every connection resolves the host itself and
 * connects only to public addresses; literal addresses, which skip resolution, are checked here first.
 */
export function pushDispatcher(policy: PushEndpointPolicy): Agent {
  const guarded = buildConnector({ lookup: publicOnlyLookup(policy), timeout: CONNECT_TIMEOUT_MS });
  const trusted = buildConnector({ timeout: CONNECT_TIMEOUT_MS });
  return new Agent({
    connect: (options, callback) => {
      const port = options.port ? Number(options.port) : options.protocol === "https:" ? 443 : 80;
      const origin = new URL(`${options.protocol}//${hostForUrl(options.hostname)}:${port}`).origin;
      if (isTrustedOrigin(policy, origin)) return trusted(options, callback);
      const refusal =
        refuseSchemeOrPort(policy, { protocol: options.protocol, port }) ??
        (isIP(options.hostname) && !isPublicAddress(options.hostname)
          ? `push endpoint ${options.hostname} is not a public address`
          : undefined);
      if (refusal) return callback(new Error(refusal), null);
      guarded(options, callback);
    },
  });
}

const hostForUrl = (hostname: string) => (isIP(hostname) === 6 ? `[${hostname}]` : hostname);

function publicOnlyLookup(policy: PushEndpointPolicy): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    policy.resolve(hostname).then(
      (addresses) => {
        const usable = addresses.filter(
          (a) => isPublicAddress(a.address) && (!options.family || a.family === options.family),
        );
        const first = usable[0];
        if (!first) {
          const error = Object.assign(new Error(`push endpoint ${hostname} has no public address`), {
            code: "ENOTFOUND",
          });
          return callback(error, "", 0);
        }
        if (options.all) return callback(null, usable satisfies LookupAddress[]);
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
