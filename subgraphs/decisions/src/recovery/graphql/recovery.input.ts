import { DateScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { RecoveryStatus } from '../domain/recovery.js';

@InputType('RecoveryFilterInput', { description: 'Urval av återkrav.' })
export class RecoveryFilterInput {
  @Field(() => String, { nullable: true, description: 'Stadsdel (kod).' }) districtCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Personens id.' }) personId?: string | null;
  @Field(() => [RecoveryStatus], { nullable: true, description: 'Bara dessa statusar.' }) statuses?: RecoveryStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Ersättningstyp (MiG:s kod); FSKA visar också återkrav som MiG kodat ÅFSKA, och tvärtom.' }) compensationCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Bara återkrav som inte är helt kvittade (öppna, överklagade, delvis kvittade).' }) openOnly?: boolean | null;
}

@InputType('StartRecoveryInput', { description: 'Starta ett återkrav för hand (en felaktig utbetalning har upptäckts).' })
export class StartRecoveryInput {
  @Field(() => ID, { description: 'Personen återkravet gäller.' }) personId!: string;
  @Field({ description: 'Ersättningstyp (MiG:s kod, högst 20 tecken).' }) compensationCode!: string;
  @Field(() => DateScalar, { description: 'Periodens första dag.' }) periodFrom!: string;
  @Field(() => DateScalar, { description: 'Periodens sista dag (inte före första dagen).' }) periodTo!: string;
  @Field(() => MoneyScalar, { description: 'Återkrävt belopp i öre, över 0.' }) amount!: number;
  @Field({ description: 'Skälet till återkravet (1–2000 tecken).' }) reason!: string;
  @Field(() => ID, { nullable: true, description: 'Beslutet återkravet gäller, om det finns i systemet.' }) decisionId?: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer.' }) migCaseNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Datum för beslutet om återkrav; standard i dag. Sista dag att överklaga räknas från det.' }) decidedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Åtgärd som AmF föreslår stadsdelen.' }) proposedAction?: string | null;
  @Field(() => String, { nullable: true, description: 'Kostnadsbärande stadsdel (kod); standard är personens stadsdel periodens första dag.' }) districtCode?: string | null;
}

@InputType('RecoveryMessageInput', { description: 'Ett meddelande om ett återkrav, eventuellt med ett dokument (PDF, Word, Excel, PNG eller JPEG, högst 10 MB).' })
export class RecoveryMessageInput {
  @Field(() => ID, { description: 'Återkravet.' }) recoveryId!: string;
  @Field({ description: 'Meddelandets text.' }) body!: string;
  @Field(() => String, { nullable: true, description: 'Dokumentets filnamn.' }) fileName?: string | null;
  @Field(() => String, { nullable: true, description: 'Dokumentets filtyp enligt webbläsaren; den lagrade filtypen avgörs av innehållet.' }) contentType?: string | null;
  @Field(() => String, { nullable: true, description: 'Dokumentets innehåll, base64-kodat.' }) contentBase64?: string | null;
}
