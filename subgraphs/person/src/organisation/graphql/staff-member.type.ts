import { Role } from '@statsbidrag/domain';
import { PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { StaffMemberRow } from '../../staff/infra/staff.entity.js';

@ObjectType('StaffMember', { description: 'En medarbetare (AmF eller stadsdel) med roller.' })
export class StaffMember {
  @Field(() => ID, { description: 'Användarnamn.' }) username!: string;
  @Field({ description: 'Namn.' }) name!: string;
  @Field({ description: 'E-post.' }) email!: string;
  @Field(() => [Role], { description: 'Roller.' }) roles!: Role[];
  @Field(() => [String], { description: 'Stadsdelskoder (tomt för AmF).' }) districtCodes!: string[];
  @Field({ description: 'Aktiv användare.' }) active!: boolean;
}

export function toStaffMember(row: StaffMemberRow): StaffMember {
  return { username: row.username, name: row.name, email: row.email, roles: [...row.roles] as Role[], districtCodes: [...row.districtCodes], active: row.active };
}

@ObjectType('StaffMemberEdge', { description: 'En medarbetare i en lista.' })
export class StaffMemberEdge {
  @Field() cursor!: string;
  @Field(() => StaffMember) node!: StaffMember;
}

@ObjectType('StaffMemberConnection', { description: 'Sida av medarbetare, sorterade på namn.' })
export class StaffMemberConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [StaffMemberEdge]) edges!: StaffMemberEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('StaffMemberFilterInput', { description: 'Urval av medarbetare. Alla villkor måste gälla.' })
export class StaffMemberFilterInput {
  @Field(() => String, { nullable: true, description: 'Endast medarbetare i denna stadsdel.' }) districtCode?: string | null;
  @Field(() => Role, { nullable: true, description: 'Endast medarbetare med denna roll.' }) role?: Role | null;
  @Field(() => String, { nullable: true, description: 'Del av namn, användarnamn eller e-post.' }) search?: string | null;
}

@InputType('UpsertStaffMemberInput', { description: 'Skapa eller ändra en medarbetare (på användarnamn).' })
export class UpsertStaffMemberInput {
  @Field({ description: 'Användarnamn (samma som i inloggningen).' }) username!: string;
  @Field({ description: 'Namn.' }) name!: string;
  @Field({ description: 'E-post.' }) email!: string;
  @Field(() => [Role], { description: 'Minst en roll. Stadsdelsroller och AmF-roller kan inte blandas.' }) roles!: Role[];
  @Field(() => [String], { defaultValue: [], description: 'Stadsdelsroller: exakt en nuvarande stadsdel. AmF-roller: ingen.' }) districtCodes!: string[];
  @Field({ defaultValue: true, description: 'Aktiv användare.' }) active!: boolean;
}
