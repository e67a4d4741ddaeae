// Starts the HTTP server and gives back a stop function that drains it: no new connections, in-flight
// requests allowed to finish, idle keep-alive sockets closed, and whatever remains destroyed at the deadline.
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ServeHttpOptions {
  /** How long in-flight requests may take to finish once stop() is called. Keep it below the lifecycle's. */
  drainTimeoutMs?: number;
  /**
   * Longer than the proxy's idle timeout (Traefik keeps backend connections for 90 s), so the proxy never
   * reuses a connection this server has just closed, which would surface as a 502.
   */
  keepAliveTimeoutMs?: number;
}

export interface HttpServerHandle {
  server: Server;
  port: number;
  /** http://host:port, with 127.0.0.1 standing in for a wildcard host. */
  url: string;
  /** Drains and closes the server; safe to call more than once. */
  stop(): Promise<void>;
}

export async function serveHttp(
  app: RequestListener,
  port: number,
  host?: string,
  { drainTimeoutMs = 5_000, keepAliveTimeoutMs = 95_000 }: ServeHttpOptions = {},
): Promise<HttpServerHandle> {
  const server = createServer();
  server.keepAliveTimeout = keepAliveTimeoutMs;
  const inFlight = new Map<Socket, number>();
  const openResponses = new Set<ServerResponse>();
  let stopping = false;

  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  // Registered before the app so the count is right even when the app answers synchronously.
  server.on('request', (req, res) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    openResponses.add(res);
    if (stopping) closeAfter(res);
    res.once('close', () => {
      openResponses.delete(res);
      // An aborted request closes its socket first; do not bring the dead socket back into the map.
      if (!inFlight.has(socket)) return;
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (stopping && left === 0) socket.end();
    });
  });
  server.on('request', app);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      stopping = true;
      const deadline = setTimeout(() => {
        for (const socket of inFlight.keys()) socket.destroy();
      }, drainTimeoutMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      for (const res of openResponses) closeAfter(res);
      for (const [socket, count] of inFlight) if (count === 0) socket.end();
    });
    return stopped;
  };

  return { server, port: address.port, url: `http://${urlHost}:${address.port}`, stop };
}

// Tells the client not to reuse the connection, so it reconnects to another replica rather than to us.
function closeAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('connection', 'close');
}
