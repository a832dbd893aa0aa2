// A tiny static file server the harness starts and stops in-process, so pages load over http
// (TimelineJS fetches its locale files) and nothing comes from the network.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** A running server: its origin and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves files: each URL prefix of `mounts` maps to a folder (the longest prefix wins).
 * Listens on 127.0.0.1 on a free port.
 * @example const server = await serveStatic({ "/": "bench/.build/pages" }); await server.close();
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) return void response.writeHead(404).end();
    const root = resolve(mounts[prefix]!);
    const file = normalize(join(root, path.slice(prefix.length)));
    // Never serve outside the mounted folder.
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return void response.writeHead(404).end();
      response.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "content-length": stat.size,
        "cache-control": "no-store",
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
