// One load scenario with autocannon: `connections` clients for `duration` seconds, the session
// cookie on every request.
import autocannon from 'autocannon';

export function load(api, { path: pathAndQuery, ...requestOptions }, { connections, duration }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${api.base}${pathAndQuery}`,
        connections,
        duration,
        headers: { cookie: api.cookie, 'content-type': 'application/json' },
        ...requestOptions,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          p50: result.latency.p50,
          p95: percentile95(result),
          p99: result.latency.p99,
          rps: Math.round(result.requests.average),
        });
      },
    );
  });
}

// autocannon reports p90 and p97.5, not p95: interpolate between them (stated in the report).
function percentile95(result) {
  const { p90, p97_5: p975 } = result.latency;
  return Math.round((p90 + ((95 - 90) / (97.5 - 90)) * (p975 - p90)) * 10) / 10;
}
