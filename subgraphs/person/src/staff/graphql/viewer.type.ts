import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '@statsbidrag/domain';
import { District } from '../../district/graphql/district.type.js';

registerEnumType(Role, { name: 'Role', description: 'Roll i systemet.' });

@ObjectType('Viewer', { description: 'Den inloggade användaren.' })
export class Viewer {
  @Field(() => ID, { description: 'Användarnamn.' }) username!: string;
  @Field({ description: 'Namn.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'E-post.' }) email!: string | null;
  @Field(() => [Role], { description: 'Roller.' }) roles!: Role[];
  @Field(() => [String], { description: 'Rollernas svenska namn.' }) roleLabels!: string[];
  @Field(() => [District], { description: 'Stadsdelar användaren arbetar för (tomt för AmF).' }) districts!: District[];
}
