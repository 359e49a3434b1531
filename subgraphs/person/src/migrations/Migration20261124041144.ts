import { Migration } from '@mikro-orm/migrations';

export class Migration20261124041144 extends Migration {

  override name = 'Migration20261124041144';

  override up(): void | Promise<void> {
    this.addSql(`create table "person"."child_report_status_change" ("id" uuid not null, "report_id" uuid not null, "at" timestamptz not null, "username" varchar(255) not null, "from_status" varchar(255) null, "to_status" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "child_report_status_change_report_id_index" on "person"."child_report_status_change" ("report_id");`);

    this.addSql(`create table "person"."child_responsibility_report" ("id" uuid not null, "district_code" varchar(255) not null, "unit_code" varchar(255) null, "officer_username" varchar(255) not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "birth_date" date not null, "mig_individual_number" varchar(255) null, "question" text null, "status" varchar(255) not null, "handled_by" varchar(255) null, "reported_to_mig_at" date null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "child_responsibility_report_district_code_index" on "person"."child_responsibility_report" ("district_code");`);
    this.addSql(`create index "child_responsibility_report_status_index" on "person"."child_responsibility_report" ("status");`);

    this.addSql(`create table "person"."notification" ("id" uuid not null, "recipient_username" varchar(255) not null, "title" text not null, "body" text not null, "link" varchar(255) not null, "created_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "notification_recipient_username_created_at_index" on "person"."notification" ("recipient_username", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."child_report_status_change" cascade;`);
    this.addSql(`drop table if exists "person"."child_responsibility_report" cascade;`);
    this.addSql(`drop table if exists "person"."notification" cascade;`);
  }

}
