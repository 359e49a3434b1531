import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Appeal, toAppeal } from '../../appeal/graphql/appeal.type.js';
import type { AppealsContext } from '../../context.js';
import { Decision } from './decision.type.js';

@Resolver(() => Decision)
export class DecisionAppealResolver {
  @Authorized()
  @FieldResolver(() => Appeal, { nullable: true, description: 'Den senaste överklagan av beslutet. Tomt om beslutet inte överklagats eller om du inte får se överklagan.' })
  async appeal(@Root() decision: Decision, @Ctx() { loaders }: AppealsContext): Promise<Appeal | null> {
    const latest = (await loaders.appealsByDecision.load(decision.id))[0];
    return latest ? toAppeal(latest) : null;
  }
}
