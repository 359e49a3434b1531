import { Migration } from '@mikro-orm/migrations';

export class Migration20261124024132 extends Migration {

  override name = 'Migration20261124024132';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "appeals";`);
    this.addSql(`create table "appeals"."appeal" ("id" uuid not null, "decision_id" uuid not null, "district_code" varchar(255) null, "status" text not null, "appealed_at" date null, "administrative_court_case_number" varchar(64) null, "amf_case_number" varchar(64) null, "note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "appeal_decision_id_index" on "appeals"."appeal" ("decision_id");`);
    this.addSql(`create index "appeal_district_code_index" on "appeals"."appeal" ("district_code");`);

    this.addSql(`alter table "appeals"."appeal" add constraint "appeal_status_check" check ("status" in ('DRAFT', 'APPEALED', 'AT_ADMINISTRATIVE_COURT', 'AT_COURT_OF_APPEAL', 'DECIDED', 'WITHDRAWN'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "appeals"."appeal" cascade;`);

    this.addSql(`drop schema if exists "appeals";`);
  }

}
