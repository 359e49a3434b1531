import { decodeCursor, DateScalar, DistrictReference, districtRef, pageSize, toPage, ValidationError } from '@statsbidrag/graphql-kit';
import { districtScope } from '@statsbidrag/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { Person, personRef } from '../../person/graphql/person.type.js';
import { closeFlatRateCase, setFlatRatePurgeDate } from '../application/close-flat-rate-case.js';
import { flatRateForecast } from '../application/flat-rate-forecast.js';
import { scheduleOf, schedulesOf } from '../application/load-schedules.js';
import { purgeDueFlatRateRecords } from '../application/purge-flat-rate-records.js';
import { FlatRateCaseEntity } from '../infra/flat-rate-case.entity.js';
import { CloseFlatRateCaseInput } from './close-flat-rate-case.input.js';
import { FlatRateForecastRow, FlatRatePurgeResult, FlatRateSchedule, FlatRateScheduleConnection } from './flat-rate-schedule.type.js';

/** Flat-rate compensation is handled centrally (AmF). */
const WRITERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;
const STATUSES = new Set(['OPEN', 'CLOSED']);

@Resolver(() => FlatRateSchedule)
export class FlatRateScheduleResolver {
  @Authorized()
  @Query(() => FlatRateScheduleConnection, { description: 'Betalningsplaner för generalschablon, senast mottagna först. Bara din stadsdels om du arbetar på en SDF.' })
  async flatRateSchedules(
    @Ctx() { em, identity }: AllocationContext,
    @Arg('districtCode', () => String, { nullable: true, description: 'Stadsdel (kod).' }) districtCode?: string | null,
    @Arg('status', () => String, { nullable: true, description: 'OPEN eller CLOSED.' }) status?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<FlatRateScheduleConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    if (status) {
      const wanted = status.trim().toUpperCase();
      if (!STATUSES.has(wanted)) throw new ValidationError('status', 'Status ska vara OPEN eller CLOSED.', 'INVALID_STATUS');
      conditions.push({ status: wanted });
    }
    if (districtCode) conditions.push({ districtCode: districtCode.trim().toUpperCase() });
    const scope = districtScope(identity);
    if (scope) conditions.push({ districtCode: { $in: scope } });
    const [rows, total] = await em.findAndCount(FlatRateCaseEntity, conditions.length ? { $and: conditions } : {}, {
      orderBy: { receptionDate: 'desc', personId: 'asc' },
      limit,
      offset,
    });
    return toPage(await schedulesOf(em, rows), offset, total);
  }

  @Authorized()
  @Query(() => [FlatRateForecastRow], { description: 'Förväntad generalschablon per stadsdel och månad för pågående ärenden. SDF-roller ser bara sina stadsdelar.' })
  flatRateForecast(
    @Ctx() { em, identity }: AllocationContext,
    @Arg('fromMonth', { description: 'Första månad (ÅÅÅÅ-MM).' }) fromMonth: string,
    @Arg('toMonth', { description: 'Sista månad (ÅÅÅÅ-MM), högst 60 månader efter den första.' }) toMonth: string,
    @Arg('districtCode', () => String, { nullable: true, description: 'Stadsdel (kod).' }) districtCode?: string | null,
  ): Promise<FlatRateForecastRow[]> {
    return flatRateForecast(em, identity, fromMonth, toMonth, districtCode);
  }

  @Authorized([...WRITERS])
  @Mutation(() => FlatRateSchedule, { description: 'Avsluta handläggningen av en persons generalschablon för hand. Planerade delbetalningar efter avslutsdatum avräknas.' })
  async closeFlatRateCase(@Arg('input', () => CloseFlatRateCaseInput) input: CloseFlatRateCaseInput, @Ctx() { em, identity }: AllocationContext): Promise<FlatRateSchedule> {
    return scheduleOf(em, await closeFlatRateCase(em, identity, input));
  }

  @Authorized([...WRITERS])
  @Mutation(() => FlatRateSchedule, { description: 'Sätt gallringsdatum för personens schablonuppgifter för hand (i dag eller senare), eller tomt för det automatiska (avslut + 21 dagar).' })
  async setFlatRatePurgeDate(
    @Arg('personId', () => ID, { description: 'Personens id.' }) personId: string,
    @Arg('purgeOn', () => DateScalar, { nullable: true, description: 'Gallringsdatum, eller tomt för det automatiska.' }) purgeOn: string | null,
    @Ctx() { em, identity }: AllocationContext,
  ): Promise<FlatRateSchedule> {
    return scheduleOf(em, await setFlatRatePurgeDate(em, identity, personId, purgeOn ?? null));
  }

  @Authorized(['SYSTEM_ADMIN', 'ADMINISTRATOR'])
  @Mutation(() => FlatRatePurgeResult, { description: 'Gallra schablonuppgifter för avslutade ärenden vars gallringsdatum har passerats (körs också varje natt).' })
  runFlatRatePurge(@Ctx() { em, identity }: AllocationContext): Promise<FlatRatePurgeResult> {
    return purgeDueFlatRateRecords(em, undefined, identity.sub);
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true, description: 'Personen betalningsplanen gäller. Tomt om du inte får se personen.' })
  person(@Root() schedule: FlatRateSchedule): Person | null {
    return personRef(schedule.personId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdelen som bär de 24 månaderna. Tomt = AmF:s intäkt (ingen adress vid registreringen).' })
  district(@Root() schedule: FlatRateSchedule): DistrictReference | null {
    return districtRef(schedule.districtCode);
  }
}

@Resolver(() => FlatRateForecastRow)
export class FlatRateForecastRowResolver {
  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdel. Tomt = AmF:s intäkt.' })
  district(@Root() row: FlatRateForecastRow): DistrictReference | null {
    return districtRef(row.districtCode);
  }
}
