import { Migration } from '@mikro-orm/migrations';

export class Migration20261124183626 extends Migration {

  override name = 'Migration20261124183626';

  override up(): void | Promise<void> {
    this.addSql(`create table "allocation"."flat_rate_case_change" ("id" uuid not null, "person_id" uuid not null, "action" varchar(255) not null, "before" jsonb not null, "after" jsonb not null, "note" text null, "changed_by" varchar(255) not null, "changed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "flat_rate_case_change_person_id_index" on "allocation"."flat_rate_case_change" ("person_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "allocation"."flat_rate_case_change" cascade;`);
  }

}
