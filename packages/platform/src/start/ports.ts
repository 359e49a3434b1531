import { createServer } from 'node:net';

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/**
 * Refuses to start when a port is taken: otherwise a health check could be answered by an old
 * instance still running there, and the new platform would silently talk to the old one.
 */
export async function assertPortsFree(ports: Record<string, number>, host = '127.0.0.1'): Promise<void> {
  const busy: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    if (!(await isFree(port, host))) busy.push(`${port} (${name})`);
  }
  if (busy.length) {
    throw new Error(
      `Porten ${busy.join(', ')} används redan. Kör plattformen redan (i ett annat fönster)? Stoppa den först, eller stoppa det program som använder porten.`,
    );
  }
}
