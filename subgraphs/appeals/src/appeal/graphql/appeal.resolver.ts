import { isUuid } from '@statsbidrag/domain';
import { decodeCursor, pageSize, toPage, ValidationError, DistrictReference, districtRef } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppealsContext } from '../../context.js';
import { Decision, decisionRef } from '../../decision/graphql/decision.type.js';
import { appealScopeFilter, canSeeAppeal } from '../application/appeal-access.js';
import { registerAppeal } from '../application/register-appeal.js';
import { AppealEntity } from '../infra/appeal.entity.js';
import { AppealFilterInput } from './appeal-filter.input.js';
import { Appeal, AppealConnection, toAppeal } from './appeal.type.js';
import { RegisterAppealInput } from './register-appeal.input.js';

/** The coordinator owns appeals; the finance manager may decide on them. */
const WRITERS = ['COORDINATOR', 'FINANCE_MANAGER'] as const;


@Resolver(() => Appeal)
export class AppealResolver {
  @Authorized()
  @Query(() => Appeal, { nullable: true, description: 'En överklagan. Tomt om den inte finns eller inte hör till din stadsdel.' })
  async appeal(@Arg('id', () => ID, { description: 'Överklagans id.' }) id: string, @Ctx() { loaders, identity }: AppealsContext): Promise<Appeal | null> {
    const row = await loaders.appeal.load(id);
    return row && canSeeAppeal(identity, row) ? toAppeal(row) : null;
  }

  @Authorized()
  @Query(() => AppealConnection, { description: 'Överklaganden, senast registrerade först. Bara din stadsdels om du arbetar på en SDF.' })
  async appeals(
    @Ctx() { em, identity }: AppealsContext,
    @Arg('filter', () => AppealFilterInput, { nullable: true, description: 'Urval.' }) filter?: AppealFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<AppealConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    if (filter?.districtCode) conditions.push({ districtCode: filter.districtCode.trim().toUpperCase() });
    if (filter?.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
    if (filter?.decisionId) {
      if (!isUuid(filter.decisionId)) throw new ValidationError('decisionId', 'Beslutets id har fel format.', 'FORMAT');
      conditions.push({ decisionId: filter.decisionId });
    }
    const scope = appealScopeFilter(identity);
    if (scope) conditions.push(scope);
    const [rows, total] = await em.findAndCount(AppealEntity, conditions.length ? { $and: conditions } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return toPage(rows.map(toAppeal), offset, total);
  }

  @Authorized([...WRITERS])
  @Mutation(() => Appeal, { description: 'Registrera en överklagan av ett beslut från MiG (samordnare och ekonomichef).' })
  async registerAppeal(@Arg('input', () => RegisterAppealInput) input: RegisterAppealInput, @Ctx() { em }: AppealsContext): Promise<Appeal> {
    return toAppeal(await registerAppeal(em, input));
  }

  @Authorized()
  @FieldResolver(() => Decision, { nullable: true, description: 'Beslutet som överklagas. Tomt om du inte får se beslutet.' })
  decision(@Root() appeal: Appeal): Decision | null {
    return decisionRef(appeal.decisionId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdel som beslutet gäller.' })
  district(@Root() appeal: Appeal): DistrictReference | null {
    return districtRef(appeal.districtCode);
  }
}
