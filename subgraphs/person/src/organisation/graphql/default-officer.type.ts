import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CompensationType } from '../../compensation-type/graphql/compensation-type.type.js';
import { StaffMember } from './staff-member.type.js';

@ObjectType('ClaimTypeDefaultOfficer', {
  description: 'Standardhandläggare för en återsökningstyp: en medarbetare på AmF, eller Statsbidragsgruppen när ingen är vald.',
})
export class ClaimTypeDefaultOfficer {
  @Field(() => ID, { description: 'Återsökningstypens kod (ersättningskod).' }) claimTypeCode!: string;
  @Field(() => CompensationType, { description: 'Återsökningstypen (ersättningskoden).' }) claimType!: CompensationType;
  @Field({ description: 'Sant när ärendena går till Statsbidragsgruppen som helhet.' }) grantsTeam!: boolean;
  @Field(() => StaffMember, { nullable: true, description: 'Handläggaren (tom = Statsbidragsgruppen).' }) officer!: StaffMember | null;
  @Field({ description: 'Vem ärendena går till: handläggarens namn eller Statsbidragsgruppen.' }) assigneeName!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Senast ändrad (tom om aldrig ändrad).' }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Senast ändrad av (användarnamn).' }) updatedBy!: string | null;
}

@InputType('SetDefaultOfficerInput', { description: 'Standardhandläggare för en återsökningstyp.' })
export class SetDefaultOfficerInput {
  @Field({ description: 'Återsökningstypens kod (ersättningskod som betalas efter ansökan).' }) claimTypeCode!: string;
  @Field(() => String, { nullable: true, description: 'Användarnamn på en aktiv medarbetare på AmF; tomt = Statsbidragsgruppen.' }) username?: string | null;
}
