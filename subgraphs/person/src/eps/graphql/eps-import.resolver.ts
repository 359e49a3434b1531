import { ValidationError } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { importEpsExtract } from '../application/import-eps-extract.js';
import { EpsImportEntity } from '../infra/eps-import.entity.js';
import { EpsImport, toEpsImport } from './eps-import.type.js';
import { ImportEpsExtractInput } from './import-eps-extract.input.js';

const EPS_IMPORTERS = ['COORDINATOR', 'ADMINISTRATOR', 'SYSTEM_ADMIN'] as const;

@Resolver(() => EpsImport)
export class EpsImportResolver {
  @Authorized([...EPS_IMPORTERS])
  @Mutation(() => EpsImport, {
    description:
      'Läs in ett uttag från EPS. Hela filen läses in i en transaktion; rader med fel redovisas och hoppas över. En fil som inte går att läsa avvisas och inget sparas. Samma fil två gånger ändrar ingenting.',
  })
  async importEpsExtract(@Arg('input', () => ImportEpsExtractInput) input: ImportEpsExtractInput, @Ctx() { em, identity }: PersonContext): Promise<EpsImport> {
    const { record, alreadyImported } = await importEpsExtract(em, identity, input);
    return toEpsImport(record, alreadyImported);
  }

  @Authorized([...EPS_IMPORTERS])
  @Query(() => [EpsImport], { description: 'Tidigare inläsningar av EPS-uttag, senaste först.' })
  async epsImports(@Ctx() { em }: PersonContext, @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Högst så många (1–500).' }) first?: number): Promise<EpsImport[]> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new ValidationError('first', 'Antal poster (first) måste vara mellan 1 och 500.');
    const rows = await em.find(EpsImportEntity, {}, { orderBy: { importedAt: 'desc', id: 'asc' }, limit });
    return rows.map((r) => toEpsImport(r, false));
  }
}
