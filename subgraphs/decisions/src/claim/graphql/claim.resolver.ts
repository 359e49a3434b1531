import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DecisionsContext } from '../../context.js';
import { Decision, toDecision } from '../../decision/graphql/decision.type.js';
import { Claim } from './claim.type.js';

@Resolver(() => Claim)
export class ClaimDecisionResolver {
  @Authorized()
  @FieldResolver(() => Decision, { nullable: true, description: 'MiG:s senaste beslut på återsökningen. Tomt om beslut saknas eller om du inte får se det.' })
  async decision(@Root() claim: Claim, @Ctx() { loaders }: DecisionsContext): Promise<Decision | null> {
    const latest = (await loaders.decisionsByClaim.load(claim.id))[0];
    return latest ? toDecision(latest) : null;
  }

  @Authorized()
  @FieldResolver(() => [Decision], { description: 'Alla MiG:s beslut på återsökningen, senaste först (bara din stadsdels).' })
  async decisions(@Root() claim: Claim, @Ctx() { loaders }: DecisionsContext): Promise<Decision[]> {
    return (await loaders.decisionsByClaim.load(claim.id)).map(toDecision);
  }
}
