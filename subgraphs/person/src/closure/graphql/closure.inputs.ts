import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { ClosureReason } from '../domain/closure.js';

@InputType('ClosePersonHandlingInput', { description: 'Avsluta hanteringen av statsbidrag för en person.' })
export class ClosePersonHandlingInput {
  @Field(() => ID) personId!: string;
  @Field(() => DateScalar, { description: 'Datum för avslut (inte i framtiden).' }) closedOn!: string;
  @Field(() => ClosureReason, { description: 'Avslutsorsak.' }) reason!: ClosureReason;
  @Field(() => String, { nullable: true, description: 'Kommentar; krävs vid Övrigt.' }) note?: string | null;
}

@InputType('ReopenPersonHandlingInput', { description: 'Öppna en avslutad hantering igen.' })
export class ReopenPersonHandlingInput {
  @Field(() => ID) personId!: string;
  @Field({ description: 'Varför hanteringen öppnas igen (sparas i historiken).' }) reason!: string;
}

@InputType('RegisterMoveOutInput', { description: 'Registrera (eller ta bort) utflyttningsdatum.' })
export class RegisterMoveOutInput {
  @Field(() => ID) personId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Utflyttningsdatum; tomt tar bort det.' }) movedOutOn?: string | null;
}

@InputType('DeactivatePersonalDataInput', { description: 'Avaktualisera personuppgiftshanteringen.' })
export class DeactivatePersonalDataInput {
  @Field(() => ID) personId!: string;
  @Field(() => DateScalar, { description: 'Från och med detta datum (inte i framtiden).' }) deactivatedOn!: string;
}

@InputType('SetPurgeDateInput', { description: 'Sätt gallringsdatum för hand, eller återgå till det beräknade.' })
export class SetPurgeDateInput {
  @Field(() => ID) personId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Gallringsdatum (idag eller senare); tomt = beräknat datum.' }) purgeOn?: string | null;
}
