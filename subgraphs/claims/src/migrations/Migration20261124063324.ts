import { Migration } from '@mikro-orm/migrations';

export class Migration20261124063324 extends Migration {

  override name = 'Migration20261124063324';

  override up(): void | Promise<void> {
    this.addSql(`create table "claims"."claim_type_officer" ("claim_type_code" varchar(255) not null, "username" varchar(255) null, "set_at" timestamptz not null, primary key ("claim_type_code"));`);

    this.addSql(`alter table "claims"."claim" add "responsible_username" varchar(255) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claims"."claim_type_officer" cascade;`);

    this.addSql(`alter table "claims"."claim" drop column "responsible_username";`);
  }

}
