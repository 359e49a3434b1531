import { Migration } from '@mikro-orm/migrations';

export class Migration20261124023812 extends Migration {

  override name = 'Migration20261124023812';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "decisions";`);
    this.addSql(`create table "decisions"."decision" ("id" uuid not null, "claim_id" uuid null, "person_id" uuid null, "district_code" varchar(255) null, "mig_case_number" varchar(64) not null, "outcome" text not null, "decided_at" date not null, "granted_amount" bigint not null, "final_at" date not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "decision_claim_id_index" on "decisions"."decision" ("claim_id");`);
    this.addSql(`create index "decision_person_id_index" on "decisions"."decision" ("person_id");`);
    this.addSql(`create index "decision_district_code_index" on "decisions"."decision" ("district_code");`);
    this.addSql(`create index "decision_mig_case_number_index" on "decisions"."decision" ("mig_case_number");`);
    this.addSql(`create index "decision_decided_at_index" on "decisions"."decision" ("decided_at");`);

    this.addSql(`alter table "decisions"."decision" add constraint "decision_outcome_check" check ("outcome" in ('BEVILJAD', 'DELVIS_BEVILJAD', 'AVVISAD', 'AVSLAG', 'BEVILJAD_EFTER_NY_PROVNING', 'DELVIS_BEVILJAD_EFTER_NY_PROVNING'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "decisions"."decision" cascade;`);

    this.addSql(`drop schema if exists "decisions";`);
  }

}
