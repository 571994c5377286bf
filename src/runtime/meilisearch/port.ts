import { createServer } from 'node:net';

/** Meilisearch listens on loopback only: the project's server is for this machine. */
export const LOOPBACK = '127.0.0.1';

/** A port the OS says is free right now (there is a small race until Meilisearch binds it). */
export function findFreePort(hostname: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, hostname, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/** True when nothing listens on `hostname:port`. */
export function isPortFree(port: number, hostname: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    probe.listen(port, hostname, () => probe.close(() => resolve(true)));
  });
}
