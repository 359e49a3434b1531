import { ROLE_LABELS } from '@statsbidrag/domain';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { toDistrict } from '../../district/graphql/district.type.js';
import { StaffMemberEntity } from '../infra/staff.entity.js';
import { Viewer } from './viewer.type.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'Den inloggade användaren, med roller och stadsdelar.' })
  async me(@Ctx() { em, identity, loaders }: PersonContext): Promise<Viewer> {
    const staff = await em.findOne(StaffMemberEntity, { username: identity.sub });
    const districts = (await loaders.district.loadMany(identity.districtCodes))
      .filter((d) => d !== null && !(d instanceof Error))
      .map((d) => toDistrict(d as Exclude<typeof d, Error | null>));
    return {
      username: identity.sub,
      name: staff?.name ?? identity.name,
      email: staff?.email ?? identity.email ?? null,
      roles: identity.roles,
      roleLabels: identity.roles.map((r) => ROLE_LABELS[r]),
      districts,
    };
  }
}
