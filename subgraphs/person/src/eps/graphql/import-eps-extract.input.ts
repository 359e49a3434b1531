import { Field, InputType } from 'type-graphql';

@InputType('ImportEpsExtractInput', { description: 'Ett uttag från EPS: CSV (avgränsat med ; eller , i UTF-8) eller Excel (.xlsx), högst 10 MB.' })
export class ImportEpsExtractInput {
  @Field({ description: 'Filens namn, med filändelse (.csv eller .xlsx).' })
  fileName!: string;

  @Field({ description: 'Filens innehåll, base64-kodat.' })
  contentBase64!: string;
}
