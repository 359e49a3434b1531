import { CENTRAL_ROLES } from '@statsbidrag/domain';
import { decodeCursor, pageSize, toPage } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { createCompensationType, findCompensationTypes, updateCompensationType } from '../application/compensation-types.js';
import { CompensationType, CompensationTypeConnection, CompensationTypeFilterInput, CompensationTypeInput, toCompensationType } from './compensation-type.type.js';

@Resolver(() => CompensationType)
export class CompensationTypeResolver {
  @Authorized([...CENTRAL_ROLES])
  @Query(() => CompensationTypeConnection, { description: 'Ersättningskoder (Migrationsverkets kodverk), sorterade på grupp och kod. AmF:s roller.' })
  async compensationTypes(
    @Ctx() { em }: PersonContext,
    @Arg('filter', () => CompensationTypeFilterInput, { nullable: true }) filter?: CompensationTypeFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 500 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CompensationTypeConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await findCompensationTypes(em, filter ?? {}, limit, offset);
    return toPage(rows.map(toCompensationType), offset, total);
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => CompensationType, { description: 'Lägg till en ersättningskod. Endast systemansvarig; ändringen sparas i historiken.' })
  async createCompensationType(@Arg('input', () => CompensationTypeInput) input: CompensationTypeInput, @Ctx() { em, identity }: PersonContext): Promise<CompensationType> {
    return toCompensationType(await createCompensationType(em, identity, input));
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => CompensationType, { description: 'Ändra en ersättningskod (grupp, klartext, betalningssätt, giltighet). Endast systemansvarig; ändringen sparas i historiken.' })
  async updateCompensationType(@Arg('input', () => CompensationTypeInput) input: CompensationTypeInput, @Ctx() { em, identity }: PersonContext): Promise<CompensationType> {
    return toCompensationType(await updateCompensationType(em, identity, input));
  }
}
