import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EpsImportRow } from '../infra/eps-import.entity.js';

@ObjectType('EpsRejectedRow', { description: 'En rad i EPS-uttaget som inte lästes in, med orsak.' })
export class EpsRejectedRow {
  @Field(() => Int, { description: 'Radnummer som i Excel (rubrikraden är rad 1).' })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: 'Kolumnen det gäller, t.ex. personnummer eller folkbokföringsdatum.' })
  field!: string | null;

  @Field({ description: 'Orsak, på svenska.' })
  reason!: string;
}

@ObjectType('EpsImport', { description: 'En inläsning av ett uttag från EPS (folkbokföringsadresser och stadsdelar).' })
export class EpsImport {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Filens namn.' })
  fileName!: string;

  @Field(() => DateTimeScalar, { description: 'När filen lästes in.' })
  importedAt!: Date;

  @Field({ description: 'Användarnamn på den som läste in filen.' })
  importedBy!: string;

  @Field({ description: 'Sant om samma fil redan var inläst: inget ändrades, och det är den tidigare inläsningen som visas.' })
  alreadyImported!: boolean;

  @Field(() => Int, { description: 'Antal datarader i filen (tomma rader räknas inte).' })
  rowCount!: number;

  @Field(() => Int, { description: 'Antal rader som lästes in (inklusive flaggade).' })
  appliedCount!: number;

  @Field(() => Int, { description: 'Antal rader som inte lästes in.' })
  rejectedCount!: number;

  @Field(() => Int, { description: 'Antal inlästa rader där personen flaggades: adress saknas eller okänd stadsdel.' })
  flaggedCount!: number;

  @Field(() => [EpsRejectedRow], { description: 'Raderna som inte lästes in, med kolumn och orsak.' })
  rejectedRows!: EpsRejectedRow[];
}

export function toEpsImport(row: EpsImportRow, alreadyImported: boolean): EpsImport {
  return {
    id: row.id,
    fileName: row.fileName,
    importedAt: row.importedAt,
    importedBy: row.importedBy,
    alreadyImported,
    rowCount: row.rowCount,
    appliedCount: row.appliedCount,
    rejectedCount: row.rejectedCount,
    flaggedCount: row.flaggedCount,
    rejectedRows: (row.rejectedRows ?? []).map((r) => ({ rowNumber: r.rowNumber, field: r.field ?? null, reason: r.reason })),
  };
}
