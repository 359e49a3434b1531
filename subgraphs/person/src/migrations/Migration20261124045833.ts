import { Migration } from '@mikro-orm/migrations';

export class Migration20261124045833 extends Migration {

  override name = 'Migration20261124045833';

  override up(): void | Promise<void> {
    this.addSql(`create table "person"."inbox_event" ("consumer" varchar(255) not null, "event_id" uuid not null, "topic" varchar(255) not null, "processed_at" timestamptz not null default now(), primary key ("consumer", "event_id"));`);

    this.addSql(`create table "person"."outbox_event" ("id" uuid not null, "topic" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_created_at_index" on "person"."outbox_event" ("published_at", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person"."inbox_event" cascade;`);
    this.addSql(`drop table if exists "person"."outbox_event" cascade;`);
  }

}
