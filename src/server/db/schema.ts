// The whole database schema, one file per area; drizzle-kit and the db client read it from here.
// Tables are singular snake_case. Every table with tenant data carries the tenant ids
// (certifier_id and/or municipality_id / organization_id) it is filtered by.
export * from './schema/accounts.js';
export * from './schema/certification.js';
export * from './schema/service-promises.js';
export * from './schema/audit-cycle.js';
