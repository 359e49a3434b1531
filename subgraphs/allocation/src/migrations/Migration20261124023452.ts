import { Migration } from '@mikro-orm/migrations';

export class Migration20261124023452 extends Migration {

  override name = 'Migration20261124023452';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "allocation";`);
    this.addSql(`create table "allocation"."flat_rate_payment" ("id" uuid not null, "person_id" uuid null, "district_code" varchar(255) null, "compensation_code" varchar(16) not null, "kind" text not null, "amount" bigint not null, "payment_date" date not null, "period_from" date null, "period_to" date null, "mig_case_number" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "flat_rate_payment_person_id_index" on "allocation"."flat_rate_payment" ("person_id");`);
    this.addSql(`create index "flat_rate_payment_district_code_index" on "allocation"."flat_rate_payment" ("district_code");`);
    this.addSql(`create index "flat_rate_payment_payment_date_index" on "allocation"."flat_rate_payment" ("payment_date");`);

    this.addSql(`alter table "allocation"."flat_rate_payment" add constraint "flat_rate_payment_kind_check" check ("kind" in ('GENERAL', 'ASSIGNMENT', 'DAILY', 'CHILD', 'INITIAL_COST', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "allocation"."flat_rate_payment" cascade;`);

    this.addSql(`drop schema if exists "allocation";`);
  }

}
