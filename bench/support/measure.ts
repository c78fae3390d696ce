import autocannon from 'autocannon';

export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * 20 concurrent connections for DURATION_S seconds over the given paths (round robin), with
 * exact p50/p95 from every response time (autocannon's own table has p90 and p97.5, no p95).
 */
export async function measure(url: string, headers: Record<string, string>, paths: string[], seconds = DURATION_S) {
  let i = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: 20,
        duration: seconds,
        headers,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    p50ms: round(at(0.5)),
    p95ms: round(at(0.95)),
    requestsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
