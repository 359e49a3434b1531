import { Migration } from '@mikro-orm/migrations';

export class Migration20261124134342 extends Migration {

  override name = 'Migration20261124134342';

  override up(): void | Promise<void> {
    this.addSql(`create table "decisions"."claim_copy" ("claim_id" uuid not null, "person_id" uuid null, "district_code" varchar(255) null, "claim_type_code" varchar(255) not null, "period_from" date null, "period_to" date null, "amount" bigint null, "mig_case_number" varchar(255) null, "officer_username" varchar(255) null, "status" varchar(255) not null, "state_at" timestamptz not null, primary key ("claim_id"));`);
    this.addSql(`create index "claim_copy_person_id_index" on "decisions"."claim_copy" ("person_id");`);
    this.addSql(`create index "claim_copy_mig_case_number_index" on "decisions"."claim_copy" ("mig_case_number");`);

    this.addSql(`create table "decisions"."decision_settings" ("id" serial primary key, "appeal_days" int not null default 21, "purge_days_after_final" int not null default 21, "updated_by" varchar(255) null, "updated_at" timestamptz null);`);
    this.addSql(`insert into "decisions"."decision_settings" ("id") values (1) on conflict do nothing;`);

    this.addSql(`create table "decisions"."import_deviation" ("id" uuid not null, "import_id" uuid not null, "row_number" int not null, "field" varchar(255) not null, "reason" varchar(255) not null, "message" text not null, "original" jsonb not null, "suggestion" jsonb null, "status" varchar(255) not null default 'OPEN', "resolution" text null, "resolved_by" varchar(255) null, "resolved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "import_deviation_import_id_index" on "decisions"."import_deviation" ("import_id");`);
    this.addSql(`create index "import_deviation_status_index" on "decisions"."import_deviation" ("status");`);

    this.addSql(`create table "decisions"."import_file" ("id" uuid not null, "kind" varchar(255) not null, "file_name" varchar(255) not null, "sha256" varchar(255) not null, "size_bytes" int not null, "content" bytea not null, "profile_key" varchar(255) not null, "parameters" jsonb null, "status" varchar(255) not null, "rows_read" int not null default 0, "rows_applied" int not null default 0, "deviation_count" int not null default 0, "failure" text null, "received_by" varchar(255) not null, "received_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "decisions"."import_file" add constraint "import_file_kind_sha256_unique" unique ("kind", "sha256");`);

    this.addSql(`create table "decisions"."import_profile" ("key" varchar(255) not null, "kind" varchar(255) not null, "name" varchar(255) not null, "definition" jsonb not null, "created_by" varchar(255) not null, "updated_by" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "import_profile_kind_index" on "decisions"."import_profile" ("kind");`);

    this.addSql(`create table "decisions"."payment_line" ("id" uuid not null, "import_id" uuid not null, "row_number" int not null, "month" varchar(7) not null, "account" varchar(255) null, "compensation_code" varchar(255) not null, "amount" bigint not null, "mig_case_number" varchar(64) not null, "mig_individual_number" varchar(255) null, "period_from" date null, "period_to" date null, "reference" varchar(255) null, "decision_id" uuid null, "claim_id" uuid null, "person_id" uuid null, "district_code" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "payment_line_import_id_index" on "decisions"."payment_line" ("import_id");`);
    this.addSql(`create index "payment_line_month_index" on "decisions"."payment_line" ("month");`);
    this.addSql(`create index "payment_line_decision_id_index" on "decisions"."payment_line" ("decision_id");`);
    this.addSql(`create index "payment_line_person_id_index" on "decisions"."payment_line" ("person_id");`);
    this.addSql(`create index "payment_line_district_code_index" on "decisions"."payment_line" ("district_code");`);

    this.addSql(`create table "decisions"."person_identity" ("person_id" uuid not null, "personal_identity_number" varchar(255) null, "mig_individual_number" varchar(255) null, "birth_date" date null, "registrations" jsonb not null, "merged_into" uuid null, "purged" boolean not null default false, "state_at" timestamptz not null, primary key ("person_id"));`);
    this.addSql(`create index "person_identity_personal_identity_number_index" on "decisions"."person_identity" ("personal_identity_number");`);
    this.addSql(`create index "person_identity_mig_individual_number_index" on "decisions"."person_identity" ("mig_individual_number");`);

    this.addSql(`create table "decisions"."recovery" ("id" uuid not null, "person_id" uuid null, "district_code" varchar(255) null, "compensation_code" varchar(255) not null, "period_from" date null, "period_to" date null, "amount" bigint not null, "offset_amount" bigint not null default '0', "reason" text not null, "status" varchar(255) not null, "decision_id" uuid null, "mig_case_number" varchar(255) null, "decided_at" date null, "appeal_deadline" date null, "proposed_action" text null, "appeal_decision" varchar(255) null, "appeal_decided_by" varchar(255) null, "appeal_decided_at" timestamptz null, "source" varchar(255) not null, "import_id" uuid null, "created_by" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "recovery_person_id_index" on "decisions"."recovery" ("person_id");`);
    this.addSql(`create index "recovery_district_code_index" on "decisions"."recovery" ("district_code");`);
    this.addSql(`create index "recovery_status_index" on "decisions"."recovery" ("status");`);

    this.addSql(`create table "decisions"."recovery_message" ("id" uuid not null, "recovery_id" uuid not null, "side" varchar(255) not null, "author_username" varchar(255) not null, "body" text not null, "file_name" varchar(255) null, "content_type" varchar(255) null, "content" bytea null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "recovery_message_recovery_id_index" on "decisions"."recovery_message" ("recovery_id");`);

    this.addSql(`create table "decisions"."recovery_offset" ("id" uuid not null, "recovery_id" uuid not null, "import_id" uuid null, "month" varchar(7) not null, "amount" bigint not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "recovery_offset_recovery_id_index" on "decisions"."recovery_offset" ("recovery_id");`);

    this.addSql(`alter table "decisions"."decision" add "claim_type_code" varchar(255) null, add "period_from" date null, add "period_to" date null, add "mig_individual_number" varchar(255) null, add "birth_data" varchar(255) null, add "person_name" varchar(255) null, add "reference" varchar(255) null, add "paid_amount" bigint not null default '0', add "paid_on" date null, add "appealed" boolean not null default false, add "purge_at" date null, add "purge_at_manual" boolean not null default false, add "source" varchar(255) not null default 'MANUAL', add "import_id" uuid null, add "recorded_by" varchar(255) null, add "updated_at" timestamptz null;`);
    this.addSql(`create index "decision_final_at_index" on "decisions"."decision" ("final_at");`);
    this.addSql(`create index "decision_purge_at_index" on "decisions"."decision" ("purge_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "decisions"."claim_copy" cascade;`);
    this.addSql(`drop table if exists "decisions"."decision_settings" cascade;`);
    this.addSql(`drop table if exists "decisions"."import_deviation" cascade;`);
    this.addSql(`drop table if exists "decisions"."import_file" cascade;`);
    this.addSql(`drop table if exists "decisions"."import_profile" cascade;`);
    this.addSql(`drop table if exists "decisions"."payment_line" cascade;`);
    this.addSql(`drop table if exists "decisions"."person_identity" cascade;`);
    this.addSql(`drop table if exists "decisions"."recovery" cascade;`);
    this.addSql(`drop table if exists "decisions"."recovery_message" cascade;`);
    this.addSql(`drop table if exists "decisions"."recovery_offset" cascade;`);

    this.addSql(`drop index "decisions"."decision_final_at_index";`);
    this.addSql(`drop index "decisions"."decision_purge_at_index";`);
    this.addSql(`alter table "decisions"."decision" drop column "claim_type_code", drop column "period_from", drop column "period_to", drop column "mig_individual_number", drop column "birth_data", drop column "person_name", drop column "reference", drop column "paid_amount", drop column "paid_on", drop column "appealed", drop column "purge_at", drop column "purge_at_manual", drop column "source", drop column "import_id", drop column "recorded_by", drop column "updated_at";`);
  }

}
