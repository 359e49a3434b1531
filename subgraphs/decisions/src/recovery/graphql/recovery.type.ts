import { DateScalar, DateTimeScalar, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RECOVERY_STATUS_LABELS, RecoveryAppealDecision, RecoveryStatus } from '../domain/recovery.js';
import type { RecoveryMessageRow, RecoveryOffsetRow, RecoveryRow } from '../infra/recovery.entity.js';

registerEnumType(RecoveryStatus, {
  name: 'RecoveryStatus',
  description: 'Återkravets status.',
  valuesConfig: {
    OPEN: { description: 'Öppet: inget kvittat ännu.' },
    APPEALED: { description: 'Överklagat: stadsdelen har beslutat att överklaga.' },
    OFFSET_PARTLY: { description: 'Delvis kvittat: en del är avräknad mot en utbetalning, resten förs vidare.' },
    SETTLED: { description: 'Kvittat: hela beloppet är avräknat.' },
    CANCELLED: { description: 'Makulerat.' },
  },
});

registerEnumType(RecoveryAppealDecision, {
  name: 'RecoveryAppealDecision',
  description: 'Beslut om återkravet ska överklagas.',
  valuesConfig: {
    APPEAL: { description: 'Överklaga återkravet till MiG.' },
    ACCEPT: { description: 'Godta återkravet.' },
  },
});

@ObjectType('RecoveryOffset', { description: 'Kvittning: en del av återkravet som dragits av vid en utbetalning.' })
export class RecoveryOffset {
  @Field(() => ID, { description: 'Kvittningens id.' }) id!: string;
  @Field({ description: 'Utbetalningens månad, ÅÅÅÅ-MM.' }) month!: string;
  @Field(() => MoneyScalar, { description: 'Avdraget belopp i öre.' }) amount!: number;
  @Field(() => ID, { nullable: true, description: 'Importen av utbetalningsspecifikationen som avdraget gjordes mot.' }) importId!: string | null;
  @Field(() => DateTimeScalar, { description: 'När avdraget registrerades.' }) createdAt!: Date;
}

export function toRecoveryOffset(row: RecoveryOffsetRow): RecoveryOffset {
  return { id: row.id, month: row.month, amount: Number(row.amount), importId: row.importId ?? null, createdAt: row.createdAt };
}

@ObjectType('RecoveryMessage', { description: 'Meddelande i tråden mellan AmF och stadsdelen om ett återkrav.' })
export class RecoveryMessage {
  @Field(() => ID, { description: 'Meddelandets id.' }) id!: string;
  @Field({ description: 'Vem som skrev: AMF eller DISTRICT (stadsdelen).' }) side!: string;
  @Field({ description: 'Användarnamn på den som skrev.' }) authorUsername!: string;
  @Field({ description: 'Meddelandets text.' }) body!: string;
  @Field(() => String, { nullable: true, description: 'Bifogat dokuments filnamn.' }) fileName!: string | null;
  @Field(() => String, { nullable: true, description: 'Bifogat dokuments filtyp (MIME), avgjord av innehållet.' }) contentType!: string | null;
  @Field(() => DateTimeScalar, { description: 'När meddelandet skrevs.' }) createdAt!: Date;
}

export function toRecoveryMessage(row: RecoveryMessageRow): RecoveryMessage {
  return {
    id: row.id, side: row.side, authorUsername: row.authorUsername, body: row.body,
    fileName: row.fileName ?? null, contentType: row.contentType ?? null, createdAt: row.createdAt,
  };
}

@ObjectType('RecoveryDocument', { description: 'Ett dokument bifogat i ett återkravs meddelandetråd.' })
export class RecoveryDocument {
  @Field({ description: 'Filnamn.' }) fileName!: string;
  @Field({ description: 'Filtyp (MIME).' }) contentType!: string;
  @Field({ description: 'Filens innehåll, base64-kodat.' }) contentBase64!: string;
}

@ObjectType('Recovery', { description: 'Återkrav: MiG kräver tillbaka utbetald ersättning. Kvittas mot kommande utbetalningar tills det är reglerat.' })
export class Recovery {
  @Field(() => ID, { description: 'Återkravets id.' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'Personens id.' }) personId!: string | null;
  @Field(() => String, { nullable: true, description: 'Kostnadsbärande stadsdel (kod): personens stadsdel under perioden.' }) districtCode!: string | null;
  @Field({ description: 'Ersättningstyp (MiG:s kod, t.ex. FSKA).' }) compensationCode!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Periodens första dag.' }) periodFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Periodens sista dag.' }) periodTo!: string | null;
  @Field(() => MoneyScalar, { description: 'Återkrävt belopp i öre.' }) amount!: number;
  @Field(() => MoneyScalar, { description: 'Kvittat mot utbetalningar hittills, i öre.' }) offsetAmount!: number;
  @Field(() => MoneyScalar, { description: 'Kvar att kvitta, i öre.' }) remainingAmount!: number;
  @Field({ description: 'Skälet till återkravet.' }) reason!: string;
  @Field(() => RecoveryStatus, { description: 'Status.' }) status!: RecoveryStatus;
  @Field({ description: 'Status på svenska: Öppet, Överklagat, Delvis kvittat, Kvittat, Makulerat.' }) statusLabel!: string;
  @Field(() => ID, { nullable: true, description: 'Beslutet återkravet gäller.' }) decisionId!: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer.' }) migCaseNumber!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Datum för beslutet om återkrav.' }) decidedAt!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Sista dag att överklaga: beslutsdatum plus överklagandetiden.' }) appealDeadline!: string | null;
  @Field(() => String, { nullable: true, description: 'Åtgärd som AmF föreslår stadsdelen.' }) proposedAction!: string | null;
  @Field(() => RecoveryAppealDecision, { nullable: true, description: 'Beslut om överklagande, när det är fattat.' }) appealDecision!: RecoveryAppealDecision | null;
  @Field(() => String, { nullable: true, description: 'Vem som beslutade om överklagande.' }) appealDecidedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'När det beslutades om överklagande.' }) appealDecidedAt!: Date | null;
  @Field({ description: 'Ursprung: MANUAL (startat för hand) eller IMPORT (rad med Å-kod från MiG).' }) source!: string;
  @Field({ description: 'Vem som registrerade återkravet.' }) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'När återkravet registrerades.' }) createdAt!: Date;
}

const day = (d: unknown): string | null => (d == null ? null : String(d instanceof Date ? d.toISOString() : d).slice(0, 10));

export function toRecovery(row: RecoveryRow): Recovery {
  const amount = Number(row.amount);
  const offsetAmount = Number(row.offsetAmount);
  const status = row.status as RecoveryStatus;
  return {
    id: row.id,
    personId: row.personId ?? null,
    districtCode: row.districtCode ?? null,
    compensationCode: row.compensationCode,
    periodFrom: day(row.periodFrom),
    periodTo: day(row.periodTo),
    amount,
    offsetAmount,
    remainingAmount: status === RecoveryStatus.CANCELLED ? 0 : amount - offsetAmount,
    reason: row.reason,
    status,
    statusLabel: RECOVERY_STATUS_LABELS[status] ?? row.status,
    decisionId: row.decisionId ?? null,
    migCaseNumber: row.migCaseNumber ?? null,
    decidedAt: day(row.decidedAt),
    appealDeadline: day(row.appealDeadline),
    proposedAction: row.proposedAction ?? null,
    appealDecision: (row.appealDecision as RecoveryAppealDecision | null) ?? null,
    appealDecidedBy: row.appealDecidedBy ?? null,
    appealDecidedAt: row.appealDecidedAt ?? null,
    source: row.source,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

@ObjectType('RecoveryEdge', { description: 'Ett återkrav i en lista.' })
export class RecoveryEdge {
  @Field({ description: 'Markör för posten.' }) cursor!: string;
  @Field(() => Recovery, { description: 'Återkravet.' }) node!: Recovery;
}

@ObjectType('RecoveryConnection', { description: 'Sida av återkrav.' })
export class RecoveryConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [RecoveryEdge], { description: 'Träffarna på denna sida.' }) edges!: RecoveryEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}

@ObjectType('RecoveryDistrictSummary', { description: 'Återkrav sammanställda per kostnadsbärande stadsdel (makulerade räknas inte).' })
export class RecoveryDistrictSummary {
  @Field(() => String, { nullable: true, description: 'Stadsdel (kod); tomt = ingen stadsdel känd.' }) districtCode!: string | null;
  @Field(() => Int, { description: 'Antal återkrav.' }) count!: number;
  @Field(() => Int, { description: 'Antal som inte är helt kvittade (öppna, överklagade, delvis kvittade).' }) openCount!: number;
  @Field(() => MoneyScalar, { description: 'Återkrävt belopp i öre.' }) amount!: number;
  @Field(() => MoneyScalar, { description: 'Kvittat hittills i öre.' }) offsetAmount!: number;
  @Field(() => MoneyScalar, { description: 'Kvar att kvitta i öre.' }) remainingAmount!: number;
}
