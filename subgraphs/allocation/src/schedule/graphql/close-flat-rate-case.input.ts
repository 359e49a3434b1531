import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType('CloseFlatRateCaseInput', { description: 'Avsluta handläggningen av en persons generalschablon för hand.' })
export class CloseFlatRateCaseInput {
  @Field(() => ID, { description: 'Personens id.' }) personId!: string;
  @Field(() => DateScalar, { description: 'Avslutsdatum: inte senare än i dag och inte före mottagningsdatum.' }) closedOn!: string;
  @Field({ description: 'Avslutsorsak: AVLIDIT, FLYTTAT, MEDBORGARSKAP eller OVRIGT.' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'Kommentar (krävs när orsaken är OVRIGT).' }) note?: string | null;
}
