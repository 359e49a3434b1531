import { Migration } from '@mikro-orm/migrations';

export class Migration20261124182659 extends Migration {

  override name = 'Migration20261124182659';

  override up(): void | Promise<void> {
    this.addSql(`create table "allocation"."allocation_sheet" ("id" uuid not null, "month" varchar(7) not null, "version" int not null, "status" varchar(255) not null, "previous_id" uuid null, "content" jsonb not null, "total" bigint not null, "reconciled" boolean not null, "note" text null, "created_by" varchar(255) not null, "created_at" timestamptz not null, "reviewed_by" varchar(255) null, "reviewed_at" timestamptz null, "approved_by" varchar(255) null, "approved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "allocation_sheet_month_index" on "allocation"."allocation_sheet" ("month");`);
    this.addSql(`alter table "allocation"."allocation_sheet" add constraint "allocation_sheet_month_version_unique" unique ("month", "version");`);

    this.addSql(`create table "allocation"."flat_rate_case" ("person_id" uuid not null, "reception_date" date not null, "district_code" varchar(255) null, "registered_on" date not null, "registered_by_import_id" uuid null, "status" varchar(255) not null default 'OPEN', "closed_on" date null, "closure_reason" varchar(255) null, "closure_note" text null, "closed_by" varchar(255) null, "purge_on" date null, "purge_on_set_manually" boolean not null default false, "purged_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("person_id"));`);
    this.addSql(`create index "flat_rate_case_district_code_index" on "allocation"."flat_rate_case" ("district_code");`);
    this.addSql(`create index "flat_rate_case_status_index" on "allocation"."flat_rate_case" ("status");`);
    this.addSql(`create index "flat_rate_case_purge_on_index" on "allocation"."flat_rate_case" ("purge_on");`);

    this.addSql(`create table "allocation"."flat_rate_import_total" ("id" uuid not null, "import_id" uuid not null, "month" varchar(7) not null, "compensation_code" varchar(255) not null, "amount" bigint not null, "rows" int not null, primary key ("id"));`);
    this.addSql(`create index "flat_rate_import_total_import_id_index" on "allocation"."flat_rate_import_total" ("import_id");`);
    this.addSql(`create index "flat_rate_import_total_month_index" on "allocation"."flat_rate_import_total" ("month");`);
    this.addSql(`alter table "allocation"."flat_rate_import_total" add constraint "flat_rate_import_total_import_id_month_compensation_code_unique" unique ("import_id", "month", "compensation_code");`);

    this.addSql(`create table "allocation"."import_deviation" ("id" uuid not null, "import_id" uuid not null, "row_number" int not null, "field" varchar(255) not null, "reason" varchar(255) not null, "message" text not null, "original" jsonb not null, "values" jsonb null, "suggestion" jsonb null, "status" varchar(255) not null default 'OPEN', "resolution" text null, "resolved_by" varchar(255) null, "resolved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "import_deviation_import_id_index" on "allocation"."import_deviation" ("import_id");`);
    this.addSql(`create index "import_deviation_status_index" on "allocation"."import_deviation" ("status");`);

    this.addSql(`create table "allocation"."import_file" ("id" uuid not null, "kind" varchar(255) not null, "file_name" varchar(255) not null, "sha256" varchar(255) not null, "size_bytes" int not null, "content" bytea not null, "profile_key" varchar(255) not null, "parameters" jsonb null, "status" varchar(255) not null, "rows_read" int not null default 0, "rows_applied" int not null default 0, "deviation_count" int not null default 0, "failure" text null, "received_by" varchar(255) not null, "received_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "allocation"."import_file" add constraint "import_file_kind_sha256_unique" unique ("kind", "sha256");`);

    this.addSql(`create table "allocation"."import_profile" ("key" varchar(255) not null, "kind" varchar(255) not null, "name" varchar(255) not null, "definition" jsonb not null, "created_by" varchar(255) not null, "updated_by" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "import_profile_kind_index" on "allocation"."import_profile" ("kind");`);

    this.addSql(`create table "allocation"."payment_line_copy" ("payment_line_id" uuid not null, "month" varchar(7) not null, "account" varchar(255) null, "compensation_code" varchar(255) not null, "amount" bigint not null, "person_id" uuid null, "decision_id" uuid null, "claim_id" uuid null, "district_code" varchar(255) null, "period_from" date null, "period_to" date null, "state_at" timestamptz not null, primary key ("payment_line_id"));`);
    this.addSql(`create index "payment_line_copy_month_index" on "allocation"."payment_line_copy" ("month");`);
    this.addSql(`create index "payment_line_copy_person_id_index" on "allocation"."payment_line_copy" ("person_id");`);

    this.addSql(`create table "allocation"."person_copy" ("person_id" uuid not null, "personal_identity_number" varchar(255) null, "mig_individual_number" varchar(255) null, "birth_date" date null, "registrations" jsonb not null, "moved_out_on" date null, "merged_into" uuid null, "purged" boolean not null default false, "state_at" timestamptz not null, primary key ("person_id"));`);
    this.addSql(`create index "person_copy_personal_identity_number_index" on "allocation"."person_copy" ("personal_identity_number");`);
    this.addSql(`create index "person_copy_mig_individual_number_index" on "allocation"."person_copy" ("mig_individual_number");`);

    this.addSql(`create table "allocation"."recovery_offset_copy" ("id" uuid not null, "recovery_id" uuid not null, "person_id" uuid null, "district_code" varchar(255) null, "compensation_code" varchar(255) not null, "month" varchar(7) not null, "amount" bigint not null, "import_key" varchar(255) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "recovery_offset_copy_recovery_id_index" on "allocation"."recovery_offset_copy" ("recovery_id");`);
    this.addSql(`create index "recovery_offset_copy_month_index" on "allocation"."recovery_offset_copy" ("month");`);
    this.addSql(`alter table "allocation"."recovery_offset_copy" add constraint "recovery_offset_copy_recovery_id_month_import_key_unique" unique ("recovery_id", "month", "import_key");`);

    this.addSql(`create table "allocation"."unallocated_mark" ("flat_rate_payment_id" uuid not null, "month" varchar(7) not null, "reason" text not null, "saved_by" varchar(255) not null, "saved_at" timestamptz not null, primary key ("flat_rate_payment_id"));`);
    this.addSql(`create index "unallocated_mark_month_index" on "allocation"."unallocated_mark" ("month");`);

    this.addSql(`alter table "allocation"."flat_rate_payment" add "source" varchar(255) not null default 'MANUAL', add "import_id" uuid null, add "row_number" int null, add "personal_identity_number" varchar(255) null, add "mig_individual_number" varchar(255) null, add "person_name" varchar(255) null, add "reception_date" date null, add "instalment_number" int null, add "days" int null, add "counts_on" date null, add "age_band" varchar(255) null;`);
    this.addSql(`create index "flat_rate_payment_import_id_index" on "allocation"."flat_rate_payment" ("import_id");`);
    this.addSql(`alter table "allocation"."flat_rate_payment" add constraint "flat_rate_payment_import_id_row_number_unique" unique ("import_id", "row_number");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "allocation"."allocation_sheet" cascade;`);
    this.addSql(`drop table if exists "allocation"."flat_rate_case" cascade;`);
    this.addSql(`drop table if exists "allocation"."flat_rate_import_total" cascade;`);
    this.addSql(`drop table if exists "allocation"."import_deviation" cascade;`);
    this.addSql(`drop table if exists "allocation"."import_file" cascade;`);
    this.addSql(`drop table if exists "allocation"."import_profile" cascade;`);
    this.addSql(`drop table if exists "allocation"."payment_line_copy" cascade;`);
    this.addSql(`drop table if exists "allocation"."person_copy" cascade;`);
    this.addSql(`drop table if exists "allocation"."recovery_offset_copy" cascade;`);
    this.addSql(`drop table if exists "allocation"."unallocated_mark" cascade;`);

    this.addSql(`drop index "allocation"."flat_rate_payment_import_id_index";`);
    this.addSql(`alter table "allocation"."flat_rate_payment" drop constraint "flat_rate_payment_import_id_row_number_unique";`);
    this.addSql(`alter table "allocation"."flat_rate_payment" drop column "source", drop column "import_id", drop column "row_number", drop column "personal_identity_number", drop column "mig_individual_number", drop column "person_name", drop column "reception_date", drop column "instalment_number", drop column "days", drop column "counts_on", drop column "age_band";`);
  }

}
