import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * An HTTP server on a free loopback port for the tests of one file, so nothing reaches outside the machine.
 * `listen()` in beforeAll answers the base address; `close()` in afterAll ends kept-alive connections too.
 */
export function localServer(handler: http.RequestListener) {
  const server = http.createServer(handler);
  return {
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
