import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022717 extends Migration {

  override name = 'Migration20261124022717';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "person";`);
    this.addSql(`create table "person"."district" ("code" varchar(255) not null, "name" varchar(255) not null, "valid_from" date not null, "valid_to" date null, "successor_code" varchar(255) null, primary key ("code"));`);

    this.addSql(`create table "person"."person" ("id" uuid not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "birth_date" date null, "personal_identity_number" varchar(255) null, "is_coordination_number" boolean not null default false, "mig_individual_number" varchar(255) null, "protected_identity" boolean not null default false, "district_code" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "person"."person" add constraint "person_personal_identity_number_unique" unique ("personal_identity_number");`);
    this.addSql(`alter table "person"."person" add constraint "person_mig_individual_number_unique" unique ("mig_individual_number");`);
    this.addSql(`create index "person_district_code_index" on "person"."person" ("district_code");`);

    this.addSql(`create table "person"."person_registration" ("id" uuid not null, "person_id" uuid not null, "address" varchar(255) null, "postal_code" varchar(255) null, "registered_at" date not null, "district_code" varchar(255) null, "source" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "person_registration_person_id_index" on "person"."person_registration" ("person_id");`);

    this.addSql(`create table "person"."staff_member" ("username" varchar(255) not null, "name" varchar(255) not null, "email" varchar(255) not null, "roles" text[] not null, "district_codes" text[] not null, "active" boolean not null default true, primary key ("username"));`);

    this.addSql(`create table "person"."unit" ("code" varchar(255) not null, "name" varchar(255) not null, "district_code" varchar(255) not null, primary key ("code"));`);
    this.addSql(`create index "unit_district_code_index" on "person"."unit" ("district_code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."district" cascade;`);
    this.addSql(`drop table if exists "person"."person" cascade;`);
    this.addSql(`drop table if exists "person"."person_registration" cascade;`);
    this.addSql(`drop table if exists "person"."staff_member" cascade;`);
    this.addSql(`drop table if exists "person"."unit" cascade;`);

    this.addSql(`drop schema if exists "person";`);
  }

}
