import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

// Tenants, users and sessions.

/** Certifier bodies, districts (Kreise), municipalities and the platform operator. */
export const organization = pgTable(
  'organization',
  {
    id: id(),
    kind: text('kind', { enum: ['platform', 'certifier', 'district', 'municipality'] }).notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organization.id),
    stateCode: text('state_code'), // Land, e.g. NW, BY
    ags: text('ags'), // amtlicher Gemeindeschlüssel
    population: integer('population'),
    // certifiers: how many working days before an audit is due the reminders go out
    reminderLeadWorkingDays: integer('reminder_lead_working_days').notNull().default(20),
    createdAt: createdAt(),
  },
  (t) => [index('organization_parent_idx').on(t.parentId), uniqueIndex('organization_name_kind_uq').on(t.kind, t.name)],
);

export const appUser = pgTable(
  'app_user',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', {
      enum: ['platform_admin', 'certifier_admin', 'auditor', 'municipality_admin', 'municipality_member'],
    }).notNull(),
    phone: text('phone'),
    locale: text('locale', { enum: ['de', 'en'] })
      .notNull()
      .default('de'),
    disabled: boolean('disabled').notNull().default(false),
    // the secret in the URL of the user's iCal feed (calendar apps cannot log in); null: no feed
    calendarFeedToken: text('calendar_feed_token'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('app_user_email_uq').on(sql`lower(${t.email})`),
    index('app_user_organization_idx').on(t.organizationId),
    uniqueIndex('app_user_calendar_feed_uq').on(t.calendarFeedToken),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);
