import { Migration } from '@mikro-orm/migrations';

export class Migration20261124080247 extends Migration {

  override name = 'Migration20261124080247';

  override up(): void | Promise<void> {
    this.addSql(`create table "claims"."claim_attachment" ("id" uuid not null, "claim_id" uuid not null, "kind" varchar(255) not null, "file_name" varchar(255) not null, "media_type" varchar(255) not null, "size_bytes" int not null, "sha256" varchar(255) not null, "content" bytea not null, "supplement_request_id" uuid null, "derived_from_id" uuid null, "removed_pages" jsonb null, "superseded_at" timestamptz null, "removed_at" timestamptz null, "removed_by" varchar(255) null, "uploaded_by" varchar(255) not null, "uploaded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "claim_attachment_claim_id_index" on "claims"."claim_attachment" ("claim_id");`);

    this.addSql(`create table "claims"."claim_edit" ("id" uuid not null, "claim_id" uuid not null, "changed_by" varchar(255) not null, "changed_at" timestamptz not null, "before" jsonb not null, "after" jsonb not null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "claim_edit_claim_id_index" on "claims"."claim_edit" ("claim_id");`);

    this.addSql(`create table "claims"."claim_message" ("id" uuid not null, "claim_id" uuid not null, "visibility" varchar(255) not null, "author_side" varchar(255) not null, "author_username" varchar(255) not null, "body" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "claim_message_claim_id_index" on "claims"."claim_message" ("claim_id");`);

    this.addSql(`create table "claims"."claim_proposal_import" ("id" uuid not null, "content_hash" varchar(255) not null, "file_name" varchar(255) not null, "imported_by" varchar(255) not null, "imported_at" timestamptz not null, "row_count" int not null, "created_count" int not null, "rejected_rows" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "claims"."claim_proposal_import" add constraint "claim_proposal_import_content_hash_unique" unique ("content_hash");`);

    this.addSql(`create table "claims"."mig_application" ("id" uuid not null, "reference" varchar(255) not null, "claim_type_code" varchar(255) not null, "period_from" date not null, "period_to" date not null, "applicant" jsonb not null, "district_comments" jsonb not null, "created_by" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "claims"."mig_application" add constraint "mig_application_reference_unique" unique ("reference");`);

    this.addSql(`create table "claims"."mig_application_claim" ("application_id" uuid not null, "claim_id" uuid not null, "position" int not null, primary key ("application_id", "claim_id"));`);
    this.addSql(`create index "mig_application_claim_claim_id_index" on "claims"."mig_application_claim" ("claim_id");`);

    this.addSql(`alter table "claims"."claim" add "proposal_import_id" uuid null;`);
    this.addSql(`alter table "claims"."claim" alter column "amount_ore" drop not null;`);
    this.addSql(`alter table "claims"."claim" alter column "period_from" drop not null;`);
    this.addSql(`alter table "claims"."claim" alter column "period_to" drop not null;`);

    this.addSql(`alter table "claims"."claim_type" add "required_attachment_kinds" text[] not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claims"."claim_attachment" cascade;`);
    this.addSql(`drop table if exists "claims"."claim_edit" cascade;`);
    this.addSql(`drop table if exists "claims"."claim_message" cascade;`);
    this.addSql(`drop table if exists "claims"."claim_proposal_import" cascade;`);
    this.addSql(`drop table if exists "claims"."mig_application" cascade;`);
    this.addSql(`drop table if exists "claims"."mig_application_claim" cascade;`);

    this.addSql(`alter table "claims"."claim" drop column "proposal_import_id";`);
    this.addSql(`alter table "claims"."claim" alter column "amount_ore" set not null;`);
    this.addSql(`alter table "claims"."claim" alter column "period_from" set not null;`);
    this.addSql(`alter table "claims"."claim" alter column "period_to" set not null;`);

    this.addSql(`alter table "claims"."claim_type" drop column "required_attachment_kinds";`);
  }

}
