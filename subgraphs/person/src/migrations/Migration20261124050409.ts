import { Migration } from '@mikro-orm/migrations';

export class Migration20261124050409 extends Migration {

  override name = 'Migration20261124050409';

  override up(): void | Promise<void> {
    this.addSql(`create table "person"."compensation_type" ("code" varchar(255) not null, "group_code" varchar(255) not null, "group_name" varchar(255) not null, "name" varchar(255) not null, "paid_with_application" boolean not null, "valid_from" date not null, "valid_to" date null, "updated_at" timestamptz not null, "updated_by" varchar(255) not null, primary key ("code"));`);
    this.addSql(`create index "compensation_type_group_code_index" on "person"."compensation_type" ("group_code");`);

    this.addSql(`create table "person"."default_officer" ("claim_type_code" varchar(255) not null, "officer_username" varchar(255) null, "updated_at" timestamptz not null, "updated_by" varchar(255) not null, primary key ("claim_type_code"));`);
    this.addSql(`create index "default_officer_officer_username_index" on "person"."default_officer" ("officer_username");`);

    this.addSql(`alter table "person"."unit" add "active" boolean not null default true;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."compensation_type" cascade;`);
    this.addSql(`drop table if exists "person"."default_officer" cascade;`);

    this.addSql(`alter table "person"."unit" drop column "active";`);
  }

}
