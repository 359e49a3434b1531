export { allocationSubgraph } from './subgraph.js';
export { ALLOCATION_RESOLVERS } from './schema.js';
export { loadSheetInputs } from './allocation-sheet/application/load-sheet-input.js';
export { computeSheetContent } from './allocation-sheet/application/sheet-content.js';
// For the flat-rate import benchmark (bench/src/flat-rate-import.ts): the real import path and the
// domain's instalment amounts to generate a file that books.
export { MAX_FLAT_RATE_IMPORT_BYTES, runQueuedFlatRateImport } from './import/application/import-jobs.js';
export { paymentSchedule } from './schedule/domain/payment-schedule.js';
export { receiveImportFile } from '@statsbidrag/import-engine';
