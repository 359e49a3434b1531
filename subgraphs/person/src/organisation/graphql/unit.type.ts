import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Unit', { description: 'Enhet inom en stadsdelsförvaltning.' })
export class Unit {
  @Field(() => ID, { description: 'Enhetens kod.' }) code!: string;
  @Field({ description: 'Enhetens namn.' }) name!: string;
  @Field({ description: 'Stadsdelens kod.' }) districtCode!: string;
  @Field({ description: 'Aktiv enhet; en avvecklad enhet finns kvar för gamla ärenden men erbjuds inte för nya.' }) active!: boolean;
}

export function toUnit(row: { code: string; name: string; districtCode: string; active?: boolean | null }): Unit {
  return { code: row.code, name: row.name, districtCode: row.districtCode, active: row.active ?? true };
}

@InputType('UnitInput', { description: 'En enhet att lägga till eller ändra (koden identifierar den).' })
export class UnitInput {
  @Field({ description: 'Kod: versaler A–Z, siffror och understreck, t.ex. JARVA_IFO. Kan inte ändras.' }) code!: string;
  @Field({ description: 'Enhetens namn.' }) name!: string;
  @Field({ description: 'Stadsdelens kod (en stadsdel som inte har upphört).' }) districtCode!: string;
}

@InputType('DeactivateUnitInput', { description: 'Enhet att avveckla.' })
export class DeactivateUnitInput {
  @Field({ description: 'Enhetens kod.' }) code!: string;
}

@InputType('SetDistrictContactInput', { description: 'Kontaktperson för en stadsdel.' })
export class SetDistrictContactInput {
  @Field({ description: 'Stadsdelens kod.' }) districtCode!: string;
  @Field({ description: 'Användarnamn; användaren ska vara aktiv och ha rollen Kontaktperson SDF för stadsdelen.' }) username!: string;
}
