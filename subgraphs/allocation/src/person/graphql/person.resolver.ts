import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { FlatRatePayment, toFlatRatePayment } from '../../flat-rate-payment/graphql/flat-rate-payment.type.js';
import { scheduleLoaderFor } from '../../schedule/application/load-schedules.js';
import { FlatRateSchedule } from '../../schedule/graphql/flat-rate-schedule.type.js';
import { Person } from './person.type.js';

@Resolver(() => Person)
export class PersonFlatRatesResolver {
  @Authorized()
  @FieldResolver(() => [FlatRatePayment], { description: 'Schablonersättningar som MiG betalat ut för personen, äldst först. Bara din stadsdels om du arbetar på en SDF.' })
  async flatRates(@Root() person: Person, @Ctx() { loaders }: AllocationContext): Promise<FlatRatePayment[]> {
    return (await loaders.flatRatesByPerson.load(person.id)).map(toFlatRatePayment);
  }

  @Authorized()
  @FieldResolver(() => FlatRateSchedule, {
    nullable: true,
    description: 'Personens betalningsplan för generalschablonen. Tomt om personen inte fått generalschablon, eller om ärendet hör till en annan stadsdel än din.',
  })
  flatRateSchedule(@Root() person: Person, @Ctx() context: AllocationContext): Promise<FlatRateSchedule | null> {
    return scheduleLoaderFor(context).load(person.id);
  }
}
