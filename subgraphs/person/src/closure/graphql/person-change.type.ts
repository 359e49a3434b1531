import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PersonChange', { description: 'En ändring av personens hantering (avslut, utflyttning, gallringsdatum, gallring).' })
export class PersonChange {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field({ description: 'Användarnamn, eller "gallringsjobb".' }) username!: string;
  @Field({ description: 'CLOSED, REOPENED, MOVED_OUT, PERSONAL_DATA_DEACTIVATED, PURGE_DATE_SET, PURGED.' }) action!: string;
  @Field({ description: 'Ändringen på svenska.' }) actionLabel!: string;
  @Field(() => String, { nullable: true, description: 'Kommentar eller orsak.' }) note!: string | null;
}

export const PERSON_CHANGE_LABELS: Record<string, string> = {
  CLOSED: 'Hanteringen avslutad',
  REOPENED: 'Hanteringen öppnad igen',
  MOVED_OUT: 'Utflyttningsdatum registrerat',
  PERSONAL_DATA_DEACTIVATED: 'Personuppgiftshanteringen avaktualiserad',
  PURGE_DATE_SET: 'Gallringsdatum ändrat',
  PURGED: 'Personuppgifterna gallrade',
  UPDATED: 'Personuppgifter aktualiserade',
};
