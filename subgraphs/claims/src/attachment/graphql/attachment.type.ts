import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AttachmentKind } from '../domain/attachment.js';

registerEnumType(AttachmentKind, {
  name: 'AttachmentKind',
  description: 'Vad en bilaga till en återsökning är. Svensk text finns i `kindLabel`.',
  valuesConfig: {
    EKONOMISKT_UNDERLAG: { description: 'Ekonomiskt underlag.' },
    INSATSBESLUT: { description: 'Insatsbeslut.' },
    MEDICINSKT_UNDERLAG: { description: 'Medicinskt underlag.' },
    KOMPLETTERING: { description: 'Komplettering.' },
    OVRIGT: { description: 'Övrigt.' },
  },
});

@ObjectType('ClaimAttachment', { description: 'En fil som hör till en återsökning (PDF, JPEG, PNG, Word eller Excel, högst 10 MB).' })
export class ClaimAttachment {
  @Field(() => ID) id!: string;
  @Field(() => AttachmentKind, { description: 'Vad bilagan är (kod).' }) kind!: AttachmentKind;
  @Field({ description: 'Vad bilagan är, i klartext.' }) kindLabel!: string;
  @Field({ description: 'Filnamn med filändelse.' }) fileName!: string;
  @Field({ description: 'Filtyp (MIME), avgjord av innehållet – inte av namnet.' }) mediaType!: string;
  @Field({ description: 'Filtyp i klartext: PDF, JPEG, PNG, Word, Excel …' }) mediaTypeLabel!: string;
  @Field(() => Int, { description: 'Storlek i byte.' }) sizeBytes!: number;
  @Field({ description: 'SHA-256 av innehållet (hex).' }) sha256!: string;
  @Field(() => DateTimeScalar, { description: 'När filen lades till.' }) uploadedAt!: Date;
  @Field({ description: 'Vem som lade till filen (användar-id).' }) uploadedBy!: string;
  @Field(() => [Int], { nullable: true, description: 'Sidor (1-baserade) som togs bort ur originalet, när filen är ett utdrag.' }) removedPages!: number[] | null;
  @Field({ description: 'Ersatt av en nyare version (sidor borttagna); originalet finns kvar.' }) superseded!: boolean;
  @Field(() => ID, { nullable: true, description: 'Kompletteringen som filen svarar på.' }) supplementRequestId!: string | null;

  claimId!: string;
  derivedFromId!: string | null;
  /** Pages counted when the file arrived (not a field: `pageCount` resolves it). */
  storedPageCount!: number | null;
}

@InputType('AddClaimAttachmentInput', { description: 'En fil till en återsökning: PDF, JPEG, PNG, Word eller Excel, högst 10 MB.' })
export class AddClaimAttachmentInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => AttachmentKind, { description: 'Vad filen är.' }) kind!: AttachmentKind;
  @Field({ description: 'Filens namn med filändelse (högst 200 tecken, utan / och \\).' }) fileName!: string;
  @Field({ description: 'Filens innehåll, base64-kodat.' }) contentBase64!: string;
  @Field(() => ID, { nullable: true, description: 'Kompletteringen som filen svarar på.' }) supplementRequestId?: string | null;
}

@InputType('RenameClaimAttachmentInput', { description: 'Nytt namn på en bilaga; filändelsen måste passa filtypen.' })
export class RenameClaimAttachmentInput {
  @Field(() => ID, { description: 'Bilagan.' }) attachmentId!: string;
  @Field({ description: 'Nytt filnamn.' }) fileName!: string;
}

@InputType('RemoveClaimAttachmentInput', { description: 'Ta bort en bilaga från återsökningen (den sparas för historiken).' })
export class RemoveClaimAttachmentInput {
  @Field(() => ID, { description: 'Bilagan.' }) attachmentId!: string;
  @Field(() => String, { nullable: true, description: 'Varför (högst 4 000 tecken).' }) reason?: string | null;
}

@InputType('RemoveClaimAttachmentPagesInput', { description: 'Ta bort sidor ur en PDF: en ny version utan sidorna ersätter originalet, som sparas.' })
export class RemoveClaimAttachmentPagesInput {
  @Field(() => ID, { description: 'Bilagan (en PDF).' }) attachmentId!: string;
  @Field(() => [Int], { description: 'Sidnummer som ska bort, 1-baserade.' }) pages!: number[];
}
