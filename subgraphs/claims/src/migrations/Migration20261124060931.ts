import { Migration } from '@mikro-orm/migrations';

export class Migration20261124060931 extends Migration {

  override name = 'Migration20261124060931';

  override up(): void | Promise<void> {
    this.addSql(`create table "claims"."claim_supplement_request" ("id" uuid not null, "claim_id" uuid not null, "description" text not null, "reply_by" date not null, "requested_by" varchar(255) not null, "requested_at" timestamptz not null, "answer" text null, "answered_by" varchar(255) null, "answered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "claim_supplement_request_claim_id_index" on "claims"."claim_supplement_request" ("claim_id");`);

    this.addSql(`alter table "claims"."claim" add "rejection_reason_code" varchar(255) null, add "rejection_reason_text" text null, add "mig_case_number" varchar(255) null, add "sent_channel" varchar(255) null, add "sent_to_mig_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claims"."claim_supplement_request" cascade;`);

    this.addSql(`alter table "claims"."claim" drop column "rejection_reason_code", drop column "rejection_reason_text", drop column "mig_case_number", drop column "sent_channel", drop column "sent_to_mig_at";`);
  }

}
