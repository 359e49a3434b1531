import { Migration } from '@mikro-orm/migrations';

export class Migration20261124050721 extends Migration {

  override name = 'Migration20261124050721';

  override up(): void | Promise<void> {
    this.addSql(`create table "person"."decision_person" ("decision_id" uuid not null, "person_id" uuid null, "decided_on" date not null, primary key ("decision_id"));`);

    this.addSql(`create table "person"."person_case" ("context" varchar(255) not null, "case_id" uuid not null, "person_id" uuid null, "decision_id" uuid null, "district_code" varchar(255) null, "label" varchar(255) not null, "status" varchar(255) not null, "status_label" varchar(255) not null, "open" boolean not null, "state_at" timestamptz not null, primary key ("context", "case_id"));`);
    this.addSql(`create index "person_case_person_id_index" on "person"."person_case" ("person_id");`);
    this.addSql(`create index "person_case_decision_id_index" on "person"."person_case" ("decision_id");`);

    this.addSql(`create table "person"."person_change" ("id" uuid not null, "person_id" uuid not null, "at" timestamptz not null, "username" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "person_change_person_id_index" on "person"."person_change" ("person_id");`);

    this.addSql(`create table "person"."purge_record" ("id" uuid not null, "person_id" uuid not null, "purged_at" timestamptz not null, "purged_by" varchar(255) not null, "purge_on" date not null, "district_code" varchar(255) null, "fields" jsonb not null, "registrations_anonymised" int not null, primary key ("id"));`);
    this.addSql(`create index "purge_record_person_id_index" on "person"."purge_record" ("person_id");`);
    this.addSql(`create index "purge_record_purged_at_index" on "person"."purge_record" ("purged_at");`);

    this.addSql(`alter table "person"."person" add "closed_on" date null, add "closure_reason" varchar(255) null, add "closure_note" text null, add "closed_by" varchar(255) null, add "moved_out_on" date null, add "personal_data_deactivated_on" date null, add "purge_on" date null, add "purge_on_set_manually" boolean not null default false, add "purged_at" timestamptz null;`);
    this.addSql(`create index "person_purge_on_index" on "person"."person" ("purge_on");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."decision_person" cascade;`);
    this.addSql(`drop table if exists "person"."person_case" cascade;`);
    this.addSql(`drop table if exists "person"."person_change" cascade;`);
    this.addSql(`drop table if exists "person"."purge_record" cascade;`);

    this.addSql(`drop index "person"."person_purge_on_index";`);
    this.addSql(`alter table "person"."person" drop column "closed_on", drop column "closure_reason", drop column "closure_note", drop column "closed_by", drop column "moved_out_on", drop column "personal_data_deactivated_on", drop column "purge_on", drop column "purge_on_set_manually", drop column "purged_at";`);
  }

}
