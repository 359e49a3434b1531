import { DateScalar, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { FLAT_RATE_KIND_LABELS, FlatRateKind } from '../domain/flat-rate-payment.js';
import type { FlatRatePaymentRow } from '../infra/flat-rate-payment.entity.js';

registerEnumType(FlatRateKind, {
  name: 'FlatRateKind',
  description: 'Slag av schablonersättning.',
  valuesConfig: {
    GENERAL: { description: 'Generalschablon (ersättning för etableringsinsatser, 9 delbetalningar under två år).' },
    ASSIGNMENT: { description: 'Anvisningsschablon för ensamkommande barn.' },
    DAILY: { description: 'Dygnsschablon (ensamkommande barn och unga).' },
    CHILD: { description: 'Barnschablon.' },
    INITIAL_COST: { description: 'Schablon för initiala kostnader.' },
    OTHER: { description: 'Övrig schablonersättning.' },
  },
});

@ObjectType('FlatRatePayment', { description: 'Schablonersättning: belopp som MiG betalat ut till staden utan ansökan. Negativt belopp är ett återkrav.' })
@Directive('@key(fields: "id")')
export class FlatRatePayment {
  @Field(() => ID, { description: 'Utbetalningens id.' })
  id!: string;

  @Field({ description: 'MiG:s ersättningskod, t.ex. NSCH, EKBP eller EKUP.' })
  compensationCode!: string;

  @Field(() => FlatRateKind, { description: 'Slag av schablonersättning.' })
  kind!: FlatRateKind;

  @Field({ description: 'Slaget av schablonersättning på svenska.' })
  kindLabel!: string;

  @Field(() => MoneyScalar, { description: 'Belopp i öre. Negativt belopp är ett återkrav.' })
  amount!: number;

  @Field(() => DateScalar, { description: 'Utbetalningsdatum.' })
  paymentDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ersättningsperiodens första dag.' })
  periodFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ersättningsperiodens sista dag.' })
  periodTo!: string | null;

  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer, om utbetalningen har ett.' })
  migCaseNumber!: string | null;

  @Field(() => DateTimeScalar, { description: 'När utbetalningen registrerades i systemet.' })
  createdAt!: Date;

  personId!: string | null;
  districtCode!: string | null;
}

export function toFlatRatePayment(row: FlatRatePaymentRow): FlatRatePayment {
  return {
    id: row.id,
    compensationCode: row.compensationCode,
    kind: row.kind,
    kindLabel: FLAT_RATE_KIND_LABELS[row.kind],
    amount: Number(row.amount),
    paymentDate: row.paymentDate,
    periodFrom: row.periodFrom ?? null,
    periodTo: row.periodTo ?? null,
    migCaseNumber: row.migCaseNumber ?? null,
    createdAt: row.createdAt,
    personId: row.personId ?? null,
    districtCode: row.districtCode ?? null,
  };
}

@ObjectType('FlatRatePaymentEdge', { description: 'En schablonersättning i en lista.' })
export class FlatRatePaymentEdge {
  @Field({ description: 'Markör för posten.' }) cursor!: string;
  @Field(() => FlatRatePayment, { description: 'Schablonersättningen.' }) node!: FlatRatePayment;
}

@ObjectType('FlatRatePaymentConnection', { description: 'Sida av schablonersättningar.' })
export class FlatRatePaymentConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [FlatRatePaymentEdge], { description: 'Träffarna på denna sida.' }) edges!: FlatRatePaymentEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}
