import { createHash } from "node:crypto";
import http from "node:http";
import net from "node:net";

export interface StickyProxy {
  url: string;
  /** The node each Socket.IO request went to, in order (handshakes, polls, upgrades). */
  socketRequests: { path: string; node: string; from: string }[];
  /** The node a client at this address reaches for `/socket.io/`. */
  nodeFor(address: string): string;
  close(): Promise<void>;
}

/**
 * A small stand-in for deploy/nginx.conf: `/socket.io/` requests (long-polls and WebSocket upgrades) go to
 * the node picked by a hash of the client's address, as nginx's `hash $remote_addr consistent` does; every
 * other request goes to the next node in turn, so nothing else relies on stickiness.
 * With `sticky: false` socket requests are spread in turn too, as a plain balancer would; with
 * `refuseWebSockets` every WebSocket upgrade is answered 403, as some hotel and office proxies do.
 */
export async function startStickyProxy(
  nodes: string[],
  options: { sticky?: boolean; refuseWebSockets?: boolean } = {},
): Promise<StickyProxy> {
  const sticky = options.sticky ?? true;
  let turn = 0;
  const nextNode = () => nodes[turn++ % nodes.length] as string;
  const nodeFor = (address: string) => {
    const hash = createHash("sha256").update(address).digest().readUInt32BE(0);
    return nodes[hash % nodes.length] as string;
  };
  const socketRequests: StickyProxy["socketRequests"] = [];
  const pick = (req: http.IncomingMessage) => {
    const from = req.socket.remoteAddress ?? "";
    if (!req.url?.startsWith("/socket.io/")) return nextNode();
    const node = sticky ? nodeFor(from) : nextNode();
    socketRequests.push({ path: req.url, node, from });
    return node;
  };

  const server = http.createServer((req, res) => {
    const target = new URL(req.url ?? "/", pick(req));
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on("upgrade", (req, client, head) => {
    if (options.refuseWebSockets) {
      client.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      return;
    }
    const target = new URL(pick(req));
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    socketRequests,
    nodeFor,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback address (127.0.0.2 and up) whose requests the proxy sends to `node`. */
export function addressReaching(proxy: StickyProxy, node: string): string {
  for (let last = 2; last < 255; last++) {
    const address = `127.0.0.${last}`;
    if (proxy.nodeFor(address) === node) return address;
  }
  throw new Error(`no loopback address reaches ${node}`);
}
