import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { assertPortsFree } from './ports.js';

describe('assertPortsFree', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    port = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => taken.close(() => r())));

  it('names the busy port and the service that wanted it, in Swedish', async () => {
    await expect(assertPortsFree({ gateway: port })).rejects.toThrow(`Porten ${port} (gateway) används redan`);
  });

  it('passes when the ports are free', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await expect(assertPortsFree({ person: free })).resolves.toBeUndefined();
  });
});
