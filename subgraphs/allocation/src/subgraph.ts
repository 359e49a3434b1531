import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { IMPORT_ENTITIES } from '@statsbidrag/import-engine';
import { closeOcr } from '@statsbidrag/ocr';
import { AllocationSheetEntity, UnallocatedMarkEntity } from './allocation-sheet/infra/allocation-sheet.entity.js';
import { createLoaders, type AllocationContext } from './context.js';
import { COPY_CONSUMERS } from './copies/application/copy-consumers.js';
import { PaymentLineCopyEntity, PersonCopyEntity, RecoveryOffsetCopyEntity } from './copies/infra/copies.entity.js';
import { ALLOCATION_PORT } from './environment.js';
import { FlatRatePaymentEntity } from './flat-rate-payment/infra/flat-rate-payment.entity.js';
import { flatRateImportTask } from './import/application/import-jobs.js';
import { FlatRateImportTotalEntity } from './import/infra/flat-rate-import-total.entity.js';
import { migrations } from './migrations/index.js';
import { flatRatePurgeJob } from './schedule/application/purge-flat-rate-records.js';
import { FlatRateCaseChangeEntity } from './schedule/infra/flat-rate-case-change.entity.js';
import { FlatRateCaseEntity } from './schedule/infra/flat-rate-case.entity.js';
import { buildAllocationSchema } from './schema.js';
import { seedAllocationDemoData } from './seed-data.js';

export const allocationSubgraph: SubgraphDefinition<AllocationContext> = {
  name: 'allocation',
  defaultPort: ALLOCATION_PORT,
  entities: [
    FlatRatePaymentEntity, FlatRateCaseEntity, FlatRateCaseChangeEntity, FlatRateImportTotalEntity, PersonCopyEntity, PaymentLineCopyEntity, RecoveryOffsetCopyEntity,
    AllocationSheetEntity, UnallocatedMarkEntity, ...IMPORT_ENTITIES,
  ],
  migrations,
  buildSchema: buildAllocationSchema,
  createContext: (em, identity, runtime) => ({ em, identity, queue: runtime.events, loaders: createLoaders(em, identity) }),
  events: { consumers: COPY_CONSUMERS, tasks: [flatRateImportTask], jobs: [flatRatePurgeJob] },
  seed: seedAllocationDemoData,
  // The OCR worker (created on the first scanned decision) ends with the subgraph.
  onClose: closeOcr,
};
