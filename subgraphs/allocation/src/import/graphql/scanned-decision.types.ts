import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@InputType('ScannedFlatRateDecisionInput', { description: 'Ett inskannat pappersbeslut om e-tjänstens schabloner (dygnsschablon, barnschablon).' })
export class ScannedFlatRateDecisionInput {
  @Field({ description: 'Filens namn, t.ex. beslut-dygnsschablon-2026-03.pdf.' }) fileName!: string;
  @Field({ description: 'PDF, PNG eller TIFF, högst 10 MB, base64-kodad.' }) contentBase64!: string;
}

@ObjectType('ScannedFlatRateField', { description: 'En kolumn i det skannade beslutet.' })
export class ScannedFlatRateField {
  @Field({ description: 'Fältets nyckel, som i importen av e-tjänstens schabloner (t.ex. personalIdentityNumber).' }) key!: string;
  @Field() label!: string;
  @Field({ description: 'Importen kräver ett värde.' }) required!: boolean;
}

@ObjectType('ScannedFlatRateCell', { description: 'En cell som tolkats ur skanningen.' })
export class ScannedFlatRateCell {
  @Field({ description: 'Fältets nyckel (se fields).' }) field!: string;
  @Field({ description: 'Texten som lästes.' }) text!: string;
  @Field(() => Float, { description: 'Säkerhet 0–100; 0 för en tom cell som borde ha ett värde.' }) confidence!: number;
  @Field({ description: 'Användaren måste bekräfta eller rätta cellen innan raden importeras.' }) uncertain!: boolean;
}

@ObjectType('ScannedFlatRateRow', { description: 'En rad i det skannade beslutet.' })
export class ScannedFlatRateRow {
  @Field(() => Int, { description: 'Radnummer, räknat över alla sidor.' }) rowNumber!: number;
  @Field(() => Int, { description: 'Sidan raden lästes på.' }) page!: number;
  @Field(() => [ScannedFlatRateCell]) cells!: ScannedFlatRateCell[];
}

@ObjectType('ScannedFlatRateDecision', { description: 'Det som lästes ur ett skannat beslut, för granskning. Ingenting är importerat än.' })
export class ScannedFlatRateDecision {
  @Field() fileName!: string;
  @Field(() => Int, { description: 'Antal sidor i filen.' }) pages!: number;
  @Field(() => [ScannedFlatRateField], { description: 'Kolumnerna, i ordning; importScannedFlatRateRows tar cellerna i samma ordning.' }) fields!: ScannedFlatRateField[];
  @Field(() => [ScannedFlatRateRow]) rows!: ScannedFlatRateRow[];
  @Field(() => Int, { description: 'Celler som måste bekräftas.' }) uncertainCount!: number;
}

@InputType('ScannedFlatRateRowsInput', { description: 'Granskade rader ur ett skannat beslut.' })
export class ScannedFlatRateRowsInput {
  @Field({ description: 'Den skannade filens namn; importen heter "<namn> (granskad).xlsx".' }) fileName!: string;
  @Field(() => [[String]], { description: 'Raderna, cellerna i samma ordning som fields i readScannedFlatRateDecision.' }) rows!: string[][];
}

