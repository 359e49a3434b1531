import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import { toClaim } from '../../claim/graphql/claim.mapper.js';
import { Claim, PersonReference } from '../../claim/graphql/claim.type.js';

@Resolver(() => PersonReference)
export class PersonClaimsResolver {
  @Authorized()
  @FieldResolver(() => [Claim], { description: 'Personens återsökningar som du får se.' })
  async claims(@Root() person: PersonReference, @Ctx() { loaders }: ClaimsContext): Promise<Claim[]> {
    return (await loaders.claimsByPerson.load(person.id)).map(toClaim);
  }
}
