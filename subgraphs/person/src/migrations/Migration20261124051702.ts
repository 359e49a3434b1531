import { Migration } from '@mikro-orm/migrations';

export class Migration20261124051702 extends Migration {

  override name = 'Migration20261124051702';

  override up(): void | Promise<void> {
    this.addSql(`alter table "person"."child_report_status_change" add "changed_fields" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "person"."child_report_status_change" drop column "changed_fields";`);
  }

}
