import { Migration } from '@mikro-orm/migrations';

export class Migration20261124060101 extends Migration {

  override name = 'Migration20261124060101';

  override up(): void | Promise<void> {
    this.addSql(`alter table "person"."audit_entry" add "subject_type" varchar(255) not null default 'PERSON';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "person"."audit_entry" drop column "subject_type";`);
  }

}
