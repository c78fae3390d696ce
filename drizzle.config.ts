import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/server/db/schema.ts and applied at start on
// PGlite and PostgreSQL alike. `npm run db:check` verifies schema and migrations agree.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/db/migrations',
  migrations: { prefix: 'timestamp' },
});
