// `npm run bench`: every benchmark, each beside its baseline in the same run. On embedded
// PGlite by default; with DATABASE_URL the database benchmarks run on that PostgreSQL server
// (the district dashboard needs one and says so without it).
import { benchCertificateOverview } from './certificate-overview.bench.js';
import { benchDashboard } from './dashboard.bench.js';
import { benchDeadlines } from './deadlines.bench.js';
import { benchDetailApi } from './detail-api.bench.js';
import { benchImport } from './import.bench.js';
import { benchScoring } from './scoring.bench.js';
import { benchStartup } from './startup.bench.js';

const only = process.argv[2];
const benches = {
  startup: benchStartup,
  scoring: benchScoring,
  'detail-api': benchDetailApi,
  deadlines: benchDeadlines,
  import: benchImport,
  'certificate-overview': benchCertificateOverview,
  dashboard: benchDashboard,
};

for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  const r = await bench();
  if (!r) continue;
  console.log(`\n${r.name}`);
  console.table(r.rows);
}
