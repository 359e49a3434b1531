import { Migration } from '@mikro-orm/migrations';

export class Migration20261124023131 extends Migration {

  override name = 'Migration20261124023131';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "claims";`);
    this.addSql(`create table "claims"."claim" ("id" uuid not null, "person_id" uuid not null, "district_code" varchar(255) not null, "unit_code" varchar(255) null, "officer_username" varchar(255) null, "claim_type_code" varchar(255) not null, "status" varchar(255) not null, "amount_ore" bigint not null, "period_from" date not null, "period_to" date not null, "initiated_by" varchar(255) not null, "question" text null, "created_by" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "claim_person_id_index" on "claims"."claim" ("person_id");`);
    this.addSql(`create index "claim_district_code_index" on "claims"."claim" ("district_code");`);
    this.addSql(`create index "claim_status_index" on "claims"."claim" ("status");`);
    this.addSql(`create index "claim_created_at_index" on "claims"."claim" ("created_at");`);

    this.addSql(`create table "claims"."claim_status_change" ("id" uuid not null, "claim_id" uuid not null, "from_status" varchar(255) null, "to_status" varchar(255) not null, "changed_by" varchar(255) not null, "changed_at" timestamptz not null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "claim_status_change_claim_id_index" on "claims"."claim_status_change" ("claim_id");`);

    this.addSql(`create table "claims"."claim_type" ("code" varchar(255) not null, "name" varchar(255) not null, "group_name" varchar(255) not null, "active" boolean not null default true, primary key ("code"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claims"."claim" cascade;`);
    this.addSql(`drop table if exists "claims"."claim_status_change" cascade;`);
    this.addSql(`drop table if exists "claims"."claim_type" cascade;`);

    this.addSql(`drop schema if exists "claims";`);
  }

}
