import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './composition/compose.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sdl = composeSupergraph(`${root}/subgraphs`);
writeFileSync(fileURLToPath(new URL('../supergraph.graphql', import.meta.url)), sdl);
console.log('gateway/supergraph.graphql uppdaterad');
