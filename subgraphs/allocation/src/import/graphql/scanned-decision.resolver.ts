import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { importScannedRows, readScannedDecision } from '../application/scanned-decision.js';
import { decodeBase64, present } from './import.resolver.js';
import { StartFlatRateImportResult } from './import.types.js';
import { ScannedFlatRateDecision, ScannedFlatRateDecisionInput, ScannedFlatRateRowsInput } from './scanned-decision.types.js';

/** Who reads scanned decisions and imports them (AmF, central) – as for the files from MiG. */
const IMPORTERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;

@Resolver()
export class ScannedFlatRateDecisionResolver {
  @Authorized([...IMPORTERS])
  @Mutation(() => ScannedFlatRateDecision, {
    description: 'Läs ett inskannat pappersbeslut om e-tjänstens schabloner (PDF, PNG, TIFF) med OCR. Ingenting importeras: raderna granskas först och importeras med importScannedFlatRateRows.',
  })
  async readScannedFlatRateDecision(@Arg('input', () => ScannedFlatRateDecisionInput) input: ScannedFlatRateDecisionInput): Promise<ScannedFlatRateDecision> {
    return readScannedDecision(input.fileName, decodeBase64(input.contentBase64));
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => StartFlatRateImportResult, { description: 'Importera granskade rader ur ett skannat beslut som schabloner från e-tjänsten (källa OCR); varje rad bokas eller blir en avvikelse.' })
  async importScannedFlatRateRows(@Arg('input', () => ScannedFlatRateRowsInput) input: ScannedFlatRateRowsInput, @Ctx() ctx: AllocationContext): Promise<StartFlatRateImportResult> {
    const result = await importScannedRows(ctx.em, ctx.queue, input, ctx.identity.sub);
    return { alreadyReceived: result.alreadyReceived, message: result.message, import: (await present(ctx, [result.file]))[0]! };
  }
}
