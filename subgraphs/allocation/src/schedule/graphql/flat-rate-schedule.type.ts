import { DateScalar, DateTimeScalar, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ExtraPaymentView, InstalmentView, ScheduleView } from '../application/schedule-view.js';

@ObjectType('FlatRateInstalment', { description: 'En av generalschablonens nio delbetalningar: förväntat belopp mot det MiG betalat.' })
export class FlatRateInstalment implements InstalmentView {
  @Field(() => Int, { description: 'Delbetalningens nummer, 1–9.' }) number!: number;
  @Field(() => Int, { description: 'Andel av schablonen i procent (10 eller 20).' }) sharePercent!: number;
  @Field(() => DateScalar, { description: 'Första dagen som delbetalningen avser.' }) periodFrom!: string;
  @Field(() => DateScalar, { description: 'Sista dagen som delbetalningen avser.' }) periodTo!: string;
  @Field({ description: 'Månad då MiG ska betala (ÅÅÅÅ-MM).' }) dueMonth!: string;
  @Field({ description: 'Åldersgrupp vid delbetalningen (0–19, 20–64, 65+).' }) ageBand!: string;
  @Field(() => MoneyScalar, { description: 'Förväntat belopp i öre.' }) expectedAmount!: number;
  @Field(() => MoneyScalar, { description: 'Betalt belopp i öre.' }) paidAmount!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Senaste utbetalningsdatum för delbetalningen.' }) paidOn!: string | null;
  @Field(() => String, { description: 'PAID, SHORT, OVERPAID, UNPAID eller CLEARED (avräknad vid avslut).' }) status!: InstalmentView['status'];
  @Field({ description: 'Status på svenska.' }) statusLabel!: string;
}

@ObjectType('FlatRateExtraPayment', { description: 'Utbetalning som inte hör till någon av de nio delbetalningarna.' })
export class FlatRateExtraPayment implements ExtraPaymentView {
  @Field(() => MoneyScalar, { description: 'Belopp i öre (negativt = återkrav).' }) amount!: number;
  @Field(() => DateScalar, { description: 'Utbetalningsdatum.' }) paymentDate!: string;
  @Field(() => String, { description: 'EXTRA_MOVE (extra 10 % vid flytt) eller UNEXPECTED.' }) reason!: ExtraPaymentView['reason'];
  @Field({ description: 'Orsaken på svenska.' }) reasonLabel!: string;
}

@ObjectType('FlatRateSchedule', { description: 'En persons betalningsplan för generalschablonen, beräknad ur registrerade utbetalningar.' })
export class FlatRateSchedule implements Omit<ScheduleView, 'districtCode'> {
  @Field(() => ID, { description: 'Personens id.' }) personId!: string;
  @Field(() => DateScalar, { description: 'Mottagningsdatum: de 24 månaderna räknas härifrån.' }) receptionDate!: string;
  @Field(() => DateScalar, { description: 'Datum för första utbetalningen av generalschablon (registrering).' }) registeredOn!: string;
  @Field({ description: 'OPEN eller CLOSED.' }) status!: string;
  @Field({ description: 'Status på svenska (Pågående, Avslutad).' }) statusLabel!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Avslutsdatum.' }) closedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Avslutsorsak: AVLIDIT, FLYTTAT, MEDBORGARSKAP, OVRIGT eller SCHABLONPERIOD_SLUT.' }) closureReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Avslutsorsak på svenska.' }) closureReasonLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Kommentar till avslutet.' }) closureNote!: string | null;
  @Field(() => String, { nullable: true, description: 'Vem som avslutade (användar-id).' }) closedBy!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Gallringsdatum för schablonuppgifterna.' }) purgeOn!: string | null;
  @Field({ description: 'Har gallringsdatumet satts för hand?' }) purgeOnSetManually!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'När identitetsuppgifterna gallrades.' }) purgedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Varför planen inte kan beräknas (t.ex. födelsedatum saknas). Delbetalningarna är då tomma.' }) problem!: string | null;
  @Field(() => [FlatRateInstalment], { description: 'De nio delbetalningarna.' }) instalments!: FlatRateInstalment[];
  @Field(() => [FlatRateExtraPayment], { description: 'Utbetalningar utöver delbetalningarna (flytt, oväntade).' }) extras!: FlatRateExtraPayment[];
  @Field(() => MoneyScalar, { description: 'Förväntat totalt i öre (delbetalningar som avräknats vid avslut räknas inte).' }) expectedTotal!: number;
  @Field(() => MoneyScalar, { description: 'Betalt totalt i öre, extra utbetalningar inräknade.' }) paidTotal!: number;
  @Field(() => MoneyScalar, { description: 'Återstår att få i öre: obetalda delar av delbetalningar som inte avräknats.' }) remaining!: number;

  districtCode!: string | null;
}

@ObjectType('FlatRateScheduleEdge', { description: 'En betalningsplan i en lista.' })
export class FlatRateScheduleEdge {
  @Field({ description: 'Markör för posten.' }) cursor!: string;
  @Field(() => FlatRateSchedule, { description: 'Betalningsplanen.' }) node!: FlatRateSchedule;
}

@ObjectType('FlatRateScheduleConnection', { description: 'Sida av betalningsplaner.' })
export class FlatRateScheduleConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [FlatRateScheduleEdge], { description: 'Träffarna på denna sida.' }) edges!: FlatRateScheduleEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}

@ObjectType('FlatRateForecastRow', { description: 'Förväntad generalschablon per stadsdel och månad.' })
export class FlatRateForecastRow {
  @Field({ description: 'Utbetalningsmånad (ÅÅÅÅ-MM).' }) month!: string;
  @Field(() => MoneyScalar, { description: 'Förväntat belopp i öre.' }) amount!: number;
  @Field(() => Int, { description: 'Antal personer med en delbetalning den månaden.' }) persons!: number;

  districtCode!: string | null;
}

@ObjectType('FlatRatePurgeResult', { description: 'Resultat av gallring av schablonuppgifter.' })
export class FlatRatePurgeResult {
  @Field(() => Int, { description: 'Antal personer vars schablonuppgifter gallrades.' }) cases!: number;
  @Field(() => Int, { description: 'Antal utbetalningsrader där personnummer, individnummer och namn togs bort.' }) payments!: number;
}
