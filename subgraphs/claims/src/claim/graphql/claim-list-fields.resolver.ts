import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import type { ClaimRow } from '../infra/claim.entity.js';
import { Claim } from './claim.type.js';

/**
 * The claim's fields the lists show and filter on (unit and officer are on the type itself). The claim list primes the loaders, so these
 * cost no statement for listed claims; elsewhere they are batched.
 */
@Resolver(() => Claim)
export class ClaimListFieldsResolver {
  private async row(claim: Claim, loaders: ClaimsContext['loaders']): Promise<ClaimRow | null> {
    return loaders.claim.load(claim.id);
  }

  @Authorized()
  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'Senast ändrad.' })
  async updatedAt(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<Date | null> {
    return (await this.row(claim, loaders))?.updatedAt ?? null;
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'Försenad komplettering: en obesvarad komplettering vars senaste svarsdatum har passerats.' })
  hasOverdueSupplement(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<boolean> {
    return loaders.claimOverdueSupplement.load(claim.id);
  }
}
