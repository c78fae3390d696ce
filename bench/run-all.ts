// `npm run bench`: every benchmark of part 1, each beside its baseline in the same run.
import { benchDetailApi } from './detail-api.bench.js';
import { benchScoring } from './scoring.bench.js';
import { benchStartup } from './startup.bench.js';

for (const bench of [benchStartup, benchScoring, benchDetailApi]) {
  const r = await bench();
  console.log(`\n${r.name}`);
  console.table(r.rows);
}
