import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import { initiateClaim } from '../application/initiate-claim.js';
import { listClaims } from '../application/list-claims.js';
import { ClaimTypeEntity } from '../infra/claim.entity.js';
import { ClaimFilterInput, ClaimOrderInput, InitiateClaimInput } from './claim.input.js';
import { toClaim } from './claim.mapper.js';
import { Claim, ClaimConnection, ClaimType, DistrictReference, PersonReference } from './claim.type.js';

const INITIATORS = ['COORDINATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'] as const;

@Resolver(() => Claim)
export class ClaimResolver {
  @Authorized()
  @Query(() => ClaimConnection, { description: 'Återsökningar du får se: AmF ser alla, en stadsdel bara sina egna.' })
  async claims(
    @Ctx() { em, identity, loaders }: ClaimsContext,
    @Arg('filter', () => ClaimFilterInput, { nullable: true }) filter?: ClaimFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('orderBy', () => ClaimOrderInput, { nullable: true }) orderBy?: ClaimOrderInput | null,
    @Arg('offset', () => Int, { nullable: true, description: 'Hoppa över så många återsökningar (sida N = (N − 1) × first); går före `after`.' }) offset?: number | null,
  ): Promise<ClaimConnection> {
    const page = await listClaims(em, identity, { filter, first, after, orderBy, offset }, loaders);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toClaim(e.node) })) };
  }

  @Authorized()
  @Query(() => Claim, { nullable: true, description: 'En återsökning. Tomt om den inte finns eller inte hör till din stadsdel.' })
  async claim(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ClaimsContext): Promise<Claim | null> {
    const row = await loaders.claim.load(id);
    return row ? toClaim(row) : null;
  }

  @Authorized()
  @Query(() => [ClaimType], { description: 'Återsökningstyper att välja bland.' })
  async claimTypes(@Ctx() { em }: ClaimsContext): Promise<ClaimType[]> {
    const rows = await em.find(ClaimTypeEntity, { active: true }, { orderBy: { name: 'asc' } });
    return rows.map((t) => ({ code: t.code, name: t.name, group: t.groupName }));
  }

  @Authorized([...INITIATORS])
  @Mutation(() => Claim, { description: 'Starta en återsökning för en person (steg 1a). Status blir INITIERAD_AV_SDF.' })
  async initiateClaim(@Arg('input', () => InitiateClaimInput) input: InitiateClaimInput, @Ctx() { em, identity }: ClaimsContext): Promise<Claim> {
    return toClaim(await initiateClaim(em, identity, input));
  }

  @Authorized()
  @FieldResolver(() => ClaimType, { description: 'Ersättningstyp.' })
  async claimType(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<ClaimType> {
    const t = await loaders.claimType.load(claim.claimTypeCode);
    return t ? { code: t.code, name: t.name, group: t.groupName } : { code: claim.claimTypeCode, name: claim.claimTypeCode, group: '' };
  }

  @Authorized()
  @FieldResolver(() => PersonReference, { nullable: true, description: 'Personen. Tomt om personen inte är synlig för dig (t.ex. flyttat till annan stadsdel).' })
  person(@Root() claim: Claim): PersonReference {
    return { id: claim.personId };
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { description: 'Kostnadsbärande stadsdel.' })
  district(@Root() claim: Claim): DistrictReference {
    return { code: claim.districtCode };
  }
}
