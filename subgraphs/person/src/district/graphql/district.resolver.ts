import { DateScalar } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { DistrictEntity } from '../infra/district.entity.js';
import { District, toDistrict } from './district.type.js';

@Resolver(() => District)
export class DistrictResolver {
  @Authorized()
  @Query(() => [District], { description: 'Stadsdelsförvaltningar. Utan argument: de som gäller i dag.' })
  async districts(
    @Ctx() { em }: PersonContext,
    @Arg('validOn', () => DateScalar, { nullable: true, description: 'Stadsdelar som gällde detta datum.' }) validOn?: string | null,
    @Arg('includeHistoric', { defaultValue: false, description: 'Ta med även upphörda stadsdelar.' }) includeHistoric?: boolean,
  ): Promise<District[]> {
    const date = validOn ?? new Date().toISOString().slice(0, 10);
    const where = includeHistoric
      ? {}
      : { validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] };
    return (await em.find(DistrictEntity, where, { orderBy: { name: 'asc' } })).map(toDistrict);
  }

  @Authorized()
  @FieldResolver(() => District, { nullable: true, description: 'Stadsdelen som tog över vid sammanslagning.' })
  async successor(@Root() district: District, @Ctx() { loaders }: PersonContext): Promise<District | null> {
    const row = district.successorCode ? await loaders.district.load(district.successorCode) : null;
    return row ? toDistrict(row) : null;
  }
}
