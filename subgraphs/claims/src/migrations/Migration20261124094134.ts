import { Migration } from '@mikro-orm/migrations';

export class Migration20261124094134 extends Migration {

  override name = 'Migration20261124094134';

  override up(): void | Promise<void> {
    this.addSql(`alter table "claims"."claim_attachment" add "page_count" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "claims"."claim_attachment" drop column "page_count";`);
  }

}
