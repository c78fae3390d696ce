// Fails when src/server/db/schema.ts has changes no migration covers: drizzle-kit
// generates into a scratch copy of the migrations, and any new file means drift.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// drizzle-kit resolves `out` relative to the working directory, so the scratch copy lives inside the project.
const scratch = path.join('node_modules', '.cache', `sw-migrations-${process.pid}`);
const count = () => readdirSync(path.join(root, scratch)).filter((f) => f.endsWith('.sql')).length;
try {
  mkdirSync(path.join(root, scratch), { recursive: true });
  cpSync(path.join(root, 'src/server/db/migrations'), path.join(root, scratch), { recursive: true });
  const config = path.join(scratch, 'drizzle.config.ts');
  writeFileSync(
    path.join(root, config),
    `export default { dialect: 'postgresql', schema: './src/server/db/schema.ts', out: '${scratch}', migrations: { prefix: 'timestamp' } };\n`,
  );
  const before = count();
  execFileSync('npx', ['drizzle-kit', 'generate', `--config=${config}`], { cwd: root, stdio: 'pipe' });
  if (count() !== before) {
    console.error('The schema in src/server/db/schema.ts differs from the migrations. Run `npm run db:generate`.');
    process.exit(1);
  }
  console.log('schema and migrations agree');
} finally {
  rmSync(path.join(root, scratch), { recursive: true, force: true });
}
