import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Unit', { description: 'Enhet inom en stadsdelsförvaltning.' })
export class Unit {
  @Field(() => ID, { description: 'Enhetens kod.' }) code!: string;
  @Field({ description: 'Enhetens namn.' }) name!: string;
  @Field({ description: 'Stadsdelens kod.' }) districtCode!: string;
}

@InputType('SetDistrictContactInput', { description: 'Kontaktperson för en stadsdel.' })
export class SetDistrictContactInput {
  @Field({ description: 'Stadsdelens kod.' }) districtCode!: string;
  @Field({ description: 'Användarnamn; användaren ska vara aktiv och ha rollen Kontaktperson SDF för stadsdelen.' }) username!: string;
}
