import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopOn } from '@statsbidrag/graphql-kit';
import { readGatewayEnvironment } from './environment.js';
import { startGateway } from './gateway.js';

const env = readGatewayEnvironment();
const supergraphSdl = readFileSync(fileURLToPath(new URL('../supergraph.graphql', import.meta.url)), 'utf8');
const gateway = await startGateway({ ...env, supergraphSdl });
console.log(`redo på ${gateway.url} (inloggning: ${env.auth.mode === "dev" ? "utvecklingsläge" : "OIDC"})`);
stopOn(() => gateway.close());
