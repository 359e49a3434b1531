import { Migration } from '@mikro-orm/migrations';

export class Migration20261124040049 extends Migration {

  override name = 'Migration20261124040049';

  override up(): void | Promise<void> {
    this.addSql(`create table "person"."applicant_profile" ("id" varchar(255) not null, "municipality_name" varchar(255) not null, "municipality_code" varchar(255) not null, "postal_address" varchar(255) not null, "postal_code" varchar(255) not null, "city" varchar(255) not null, "contact_name" varchar(255) not null, "phone" varchar(255) not null, "email" varchar(255) not null, "reference" varchar(255) null, "updated_at" timestamptz not null, "updated_by" varchar(255) not null, primary key ("id"));`);

    this.addSql(`create table "person"."organisation_change" ("id" uuid not null, "at" timestamptz not null, "username" varchar(255) not null, "entity_type" varchar(255) not null, "entity_key" varchar(255) not null, "before" jsonb null, "after" jsonb null, primary key ("id"));`);
    this.addSql(`create index "organisation_change_at_index" on "person"."organisation_change" ("at");`);
    this.addSql(`create index "organisation_change_entity_type_entity_key_index" on "person"."organisation_change" ("entity_type", "entity_key");`);

    this.addSql(`alter table "person"."district" add "contact_username" varchar(255) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."applicant_profile" cascade;`);
    this.addSql(`drop table if exists "person"."organisation_change" cascade;`);

    this.addSql(`alter table "person"."district" drop column "contact_username";`);
  }

}
