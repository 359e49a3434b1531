import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PersonCase', { description: 'Ett ärende om personen i en annan del av systemet (återsökning, överklagan), som ägaren senast rapporterade det.' })
export class PersonCase {
  @Field({ description: 'Var ärendet finns: claims (återsökning) eller appeals (överklagan).' })
  context!: string;

  @Field(() => ID, { description: 'Ärendets id i sin subgraf.' })
  caseId!: string;

  @Field({ description: 'Ärendet i klartext, t.ex. "Återsökning GSKA 2026-01-01–2026-03-31".' })
  label!: string;

  @Field({ description: 'Statuskod.' })
  status!: string;

  @Field({ description: 'Status på svenska.' })
  statusLabel!: string;

  @Field({ description: 'Sant så länge ärendet pågår (hindrar avslut och gallring).' })
  open!: boolean;

  @Field(() => DateTimeScalar, { description: 'När ärendet fick denna status.' })
  stateAt!: Date;

  districtCode!: string | null;
}
