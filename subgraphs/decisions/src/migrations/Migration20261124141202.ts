import { Migration } from '@mikro-orm/migrations';

export class Migration20261124141202 extends Migration {

  override name = 'Migration20261124141202';

  override up(): void | Promise<void> {
    this.addSql(`alter table "decisions"."import_deviation" add "values" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "decisions"."import_deviation" drop column "values";`);
  }

}
