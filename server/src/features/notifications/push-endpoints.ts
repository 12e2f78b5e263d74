import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/** Every address a hostname resolves to, as the system resolver (getaddrinfo, /etc/hosts) gives them. */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: ResolveHost = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * Where the server may send Web Push requests. A diner chooses the endpoint, and the worker POSTs to it
 * from inside the deployment's network, so anything but a public address would let a stranger reach
 * internal services (Redis, the database, cloud metadata) through us.
 */
export interface PushEndpointPolicy {
  /** With an https PUBLIC_URL (production) only https endpoints; otherwise http too. */
  httpsOnly: boolean;
  /** Push services listen on 443; development also allows 80. */
  ports: number[];
  resolve: ResolveHost;
  /**
   * Origins (`scheme://host:port`) reached whatever their address or port: set only in code, by whoever
   * starts the server (a test's fake push service), never from the environment.
   */
  trustedOrigins: string[];
}

export function pushEndpointPolicy(options: {
  production: boolean;
  resolve?: ResolveHost | undefined;
  trustedOrigins?: string[] | undefined;
  ports?: number[] | undefined;
}): PushEndpointPolicy {
  return {
    httpsOnly: options.production,
    ports: options.ports ?? (options.production ? [443] : [443, 80]),
    resolve: options.resolve ?? systemResolve,
    trustedOrigins: (options.trustedOrigins ?? []).map((origin) => new URL(origin).origin),
  };
}

/**
 * Only ordinary public unicast: loopback, private, link-local, CGNAT, multicast, unspecified, broadcast,
 * documentation, benchmarking, IPv4-mapped and -translated IPv6, 6to4, Teredo, unique-local and every other
 * special-purpose range (ipaddr.js's table) are refused; IPv6 must also be global unicast (2000::/3).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.range() !== "unicast") return false;
  return parsed.kind() === "ipv4" || parsed.match(ipaddr.parseCIDR("2000::/3"));
}

const defaultPort = (protocol: string) => (protocol === "https:" ? 443 : 80);

/** Scheme and port rules, shared by the sign-up check and the connection itself. */
export function refuseSchemeOrPort(
  policy: PushEndpointPolicy,
  target: { protocol: string; port: number },
): string | undefined {
  if (policy.httpsOnly && target.protocol !== "https:") return "Push endpoints must use https";
  if (target.protocol !== "https:" && target.protocol !== "http:") return "Push endpoints must use https";
  if (!policy.ports.includes(target.port)) return `Push endpoints must use port ${policy.ports.join(" or ")}`;
  return undefined;
}

export const isTrustedOrigin = (policy: PushEndpointPolicy, origin: string) =>
  policy.trustedOrigins.includes(origin);

/** Why an endpoint is refused at sign-up, or undefined when the server may send to it. */
export async function refusePushEndpoint(
  policy: PushEndpointPolicy,
  endpoint: string,
): Promise<string | undefined> {
  const url = new URL(endpoint);
  if (isTrustedOrigin(policy, url.origin)) return undefined;
  if (url.username || url.password) return "Push endpoints may not carry credentials";
  const port = url.port ? Number(url.port) : defaultPort(url.protocol);
  const schemeOrPort = refuseSchemeOrPort(policy, { protocol: url.protocol, port });
  if (schemeOrPort) return schemeOrPort;
  // WHATWG URL has already turned 0x7f.1, 2130706433 and friends into dotted decimal.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const internal = "Push endpoints must be a public push service, not a private or local address";
  if (isIP(host)) return isPublicAddress(host) ? undefined : internal;
  const addresses = await policy.resolve(host).catch(() => []);
  if (addresses.length === 0) return "The push endpoint's host cannot be found";
  return addresses.every((a) => isPublicAddress(a.address)) ? undefined : internal;
}
