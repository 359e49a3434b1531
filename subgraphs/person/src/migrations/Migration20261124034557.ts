import { Migration } from '@mikro-orm/migrations';

export class Migration20261124034557 extends Migration {

  override name = 'Migration20261124034557';

  override up(): void | Promise<void> {
    this.addSql(`create table "person"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "username" varchar(255) not null, "person_id" uuid not null, "fields" text[] not null, "operation" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "person"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_username_index" on "person"."audit_entry" ("username");`);
    this.addSql(`create index "audit_entry_person_id_index" on "person"."audit_entry" ("person_id");`);

    this.addSql(`create table "person"."eps_import" ("id" uuid not null, "content_hash" varchar(255) not null, "file_name" varchar(255) not null, "format" varchar(255) not null, "imported_at" timestamptz not null, "imported_by" varchar(255) not null, "row_count" int not null, "applied_count" int not null, "rejected_count" int not null, "flagged_count" int not null, "rejected_rows" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "person"."eps_import" add constraint "eps_import_content_hash_unique" unique ("content_hash");`);
    this.addSql(`create index "eps_import_imported_at_index" on "person"."eps_import" ("imported_at");`);

    this.addSql(`alter table "person"."person" add "address_status" varchar(255) not null default 'OK';`);

    this.addSql(`alter table "person"."person_registration" add "import_id" uuid null, add "created_at" timestamptz not null default now();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "person"."eps_import" cascade;`);

    this.addSql(`alter table "person"."person" drop column "address_status";`);

    this.addSql(`alter table "person"."person_registration" drop column "import_id", drop column "created_at";`);
  }

}
