import { Migration } from '@mikro-orm/migrations';

export class Migration20261124142933 extends Migration {

  override name = 'Migration20261124142933';

  override up(): void | Promise<void> {
    this.addSql(`create table "claims"."claim_decision_status" ("claim_id" uuid not null, "decision_id" varchar(255) not null, "decision_at" timestamptz not null, "status" varchar(255) not null, primary key ("claim_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claims"."claim_decision_status" cascade;`);
  }

}
