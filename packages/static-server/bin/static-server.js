#!/usr/bin/env node
// Usage: statsbidrag-static-server --root dist --app portal [--port 3000] [--host 127.0.0.1]
// PORT and HOST in the environment win over --port / --host (the flags are the app's defaults).
import { parseArgs } from 'node:util';
import { startStaticServer } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    app: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  },
});
if (!values.app) {
  console.error('Ange --app (portal, sdf eller claims).');
  process.exit(2);
}
const port = process.env.PORT ? Number(process.env.PORT) : values.port ? Number(values.port) : 0;
const host = process.env.HOST || values.host || undefined;

const server = await startStaticServer({ root: values.root, app: values.app, port, host });
console.log(`${values.app}: serverar ${values.root} på ${server.url}`);

const stop = () => server.close().finally(() => process.exit(0));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, stop);
// Started by the platform's start command: stop when it goes away, whatever the reason.
if (process.send) process.once('disconnect', stop);
