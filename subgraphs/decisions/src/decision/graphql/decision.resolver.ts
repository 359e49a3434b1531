import { decodeCursor, pageSize, toPage, DistrictReference, districtRef } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Claim, claimRef } from '../../claim/graphql/claim.type.js';
import type { DecisionsContext } from '../../context.js';
import { Person, personRef } from '../../person/graphql/person.type.js';
import { canSeeDecision, decisionScopeFilter } from '../application/decision-access.js';
import { registerDecision } from '../application/register-decision.js';
import { DecisionEntity } from '../infra/decision.entity.js';
import { DecisionFilterInput } from './decision-filter.input.js';
import { Decision, DecisionConnection, toDecision } from './decision.type.js';
import { RegisterDecisionInput } from './register-decision.input.js';

/** The coordinator applies to MiG and records its decisions. */
const WRITERS = ['COORDINATOR'] as const;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Resolver(() => Decision)
export class DecisionResolver {
  @Authorized()
  @Query(() => Decision, { nullable: true, description: 'Ett beslut. Tomt om det inte finns eller inte hör till din stadsdel.' })
  async decision(@Arg('id', () => ID, { description: 'Beslutets id.' }) id: string, @Ctx() { loaders, identity }: DecisionsContext): Promise<Decision | null> {
    const row = await loaders.decision.load(id);
    return row && canSeeDecision(identity, row) ? toDecision(row) : null;
  }

  @Authorized()
  @Query(() => DecisionConnection, { description: 'MiG:s beslut, senaste först. Bara din stadsdels om du arbetar på en SDF.' })
  async decisions(
    @Ctx() { em, identity }: DecisionsContext,
    @Arg('filter', () => DecisionFilterInput, { nullable: true, description: 'Urval.' }) filter?: DecisionFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<DecisionConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    if (filter?.districtCode) conditions.push({ districtCode: filter.districtCode.trim().toUpperCase() });
    if (filter?.outcomes?.length) conditions.push({ outcome: { $in: filter.outcomes } });
    const caseNumber = filter?.migCaseNumber?.trim();
    if (caseNumber) conditions.push({ migCaseNumber: { $like: `${escapeLike(caseNumber)}%` } });
    if (filter?.decidedFrom) conditions.push({ decidedAt: { $gte: filter.decidedFrom } });
    if (filter?.decidedTo) conditions.push({ decidedAt: { $lte: filter.decidedTo } });
    const scope = decisionScopeFilter(identity);
    if (scope) conditions.push(scope);
    const [rows, total] = await em.findAndCount(DecisionEntity, conditions.length ? { $and: conditions } : {}, {
      orderBy: { decidedAt: 'desc', createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return toPage(rows.map(toDecision), offset, total);
  }

  @Authorized([...WRITERS])
  @Mutation(() => Decision, { description: 'Registrera MiG:s beslut på en ansökan (samordnare).' })
  async registerDecision(@Arg('input', () => RegisterDecisionInput) input: RegisterDecisionInput, @Ctx() { em }: DecisionsContext): Promise<Decision> {
    return toDecision(await registerDecision(em, input));
  }

  @Authorized()
  @FieldResolver(() => Claim, { nullable: true, description: 'Återsökningen beslutet gäller.' })
  claim(@Root() decision: Decision): Claim | null {
    return claimRef(decision.claimId);
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true, description: 'Personen beslutet gäller. Tomt om den inte är känd eller om du inte får se den.' })
  person(@Root() decision: Decision): Person | null {
    return personRef(decision.personId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdel som bar kostnaden.' })
  district(@Root() decision: Decision): DistrictReference | null {
    return districtRef(decision.districtCode);
  }
}
