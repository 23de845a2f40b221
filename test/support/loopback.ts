/** Starting the stand-in services: each listens on a free port of 127.0.0.1 only. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** Starts `server` on a free loopback port and returns its origin, `http://127.0.0.1:<port>`. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Closes, after each test of the calling suite, every service the test passed to the returned function (which
 * gives the service back): no test leaves a server listening for the next.
 */
export function closedAfterEach(): <Service extends { close(): Promise<void> }>(service: Service) => Service {
  const started: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((service) => service.close()));
  });
  return (service) => {
    started.push(service);
    return service;
  };
}
