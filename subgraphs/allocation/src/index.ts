export { allocationSubgraph } from './subgraph.js';
export { ALLOCATION_RESOLVERS } from './schema.js';
export { loadSheetInputs } from './allocation-sheet/application/load-sheet-input.js';
export { computeSheetContent } from './allocation-sheet/application/sheet-content.js';
