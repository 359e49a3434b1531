import { DateScalar, DistrictReference, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { PaymentLineRow } from '../infra/payment-line.entity.js';

@ObjectType('PaymentLine', { description: 'En rad i MiG:s utbetalningsspecifikation: positiv = utbetalt, negativ = återkrav som MiG drog av.' })
export class PaymentLine {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Importen raden kom från.' }) importId!: string;
  @Field(() => Int, { description: 'Radnummer i filen.' }) rowNumber!: number;
  @Field({ description: 'Utbetalningsmånad ÅÅÅÅ-MM.' }) month!: string;
  @Field(() => String, { nullable: true }) account!: string | null;
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Belopp i öre; negativt för återkrav.' }) amount!: number;
  @Field({ description: 'Raden är ett återkrav.' }) isRecovery!: boolean;
  @Field() migCaseNumber!: string;
  @Field(() => String, { nullable: true }) migIndividualNumber!: string | null;
  @Field(() => DateScalar, { nullable: true }) periodFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) periodTo!: string | null;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => ID, { nullable: true }) decisionId!: string | null;
  @Field(() => String, { nullable: true, description: 'Stadsdel (kostnadsbärande, annars personens för perioden).' }) districtCode!: string | null;
  claimId!: string | null;
  personId!: string | null;
}

export const toPaymentLine = (r: PaymentLineRow): PaymentLine => ({
  id: r.id, importId: r.importId, rowNumber: r.rowNumber, month: r.month, account: r.account ?? null, compensationCode: r.compensationCode, amount: Number(r.amount),
  isRecovery: Number(r.amount) < 0 || r.compensationCode.startsWith('Å'), migCaseNumber: r.migCaseNumber, migIndividualNumber: r.migIndividualNumber ?? null,
  periodFrom: r.periodFrom ?? null, periodTo: r.periodTo ?? null, reference: r.reference ?? null, decisionId: r.decisionId ?? null, districtCode: r.districtCode ?? null,
  claimId: r.claimId ?? null, personId: r.personId ?? null,
});

@ObjectType('PaymentLineEdge') export class PaymentLineEdge { @Field() cursor!: string; @Field(() => PaymentLine) node!: PaymentLine; }
@ObjectType('PaymentLineConnection', { description: 'Sida av utbetalningsrader.' })
export class PaymentLineConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PaymentLineEdge]) edges!: PaymentLineEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PaymentTotal', { description: 'Summa per ersättning för en månad.' })
export class PaymentTotal {
  @Field() compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Summa av positiva rader.' }) paid!: number;
  @Field(() => MoneyScalar, { description: 'Summa av återkravsrader (≤ 0).' }) recovered!: number;
  @Field(() => MoneyScalar, { description: 'Netto.' }) total!: number;
  @Field(() => Int) lineCount!: number;
}

@ObjectType('PaymentMonth', { description: 'En utbetalning från MiG: månad och konto med summor.' })
export class PaymentMonth {
  @Field() month!: string;
  @Field(() => String, { nullable: true }) account!: string | null;
  @Field(() => MoneyScalar) paid!: number;
  @Field(() => MoneyScalar) recovered!: number;
  @Field(() => MoneyScalar) total!: number;
  @Field(() => Int) lineCount!: number;
  @Field(() => [PaymentTotal]) byCompensation!: PaymentTotal[];
}

@InputType('PaymentLineFilterInput', { description: 'Urval av utbetalningsrader.' })
export class PaymentLineFilterInput {
  @Field(() => String, { nullable: true }) month?: string | null;
  @Field(() => String, { nullable: true }) account?: string | null;
  @Field(() => String, { nullable: true }) compensationCode?: string | null;
  @Field(() => String, { nullable: true }) districtCode?: string | null;
  @Field(() => ID, { nullable: true }) decisionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Bara återkravsrader.' }) recoveriesOnly?: boolean | null;
}

export { DistrictReference };
