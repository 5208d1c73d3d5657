// The bench's Markdown report: every measurement beside its target (issue 8).
const TARGETS = {
  insightsP95: 300,
  listP95: 50,
  ratio: 1.5,
  webMs: 1500,
  initialJsKb: 300,
};

const verdict = (ok) => (ok ? 'met' : '**missed**');

function loadRow(title, r, target) {
  return `| ${title} | ${r.requests} | ${r.non2xx} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} | ${
    target ? `p95 ≤ ${target} ms: ${verdict(r.p95 <= target)}` : '—'
  } |`;
}

const title = (r, result) =>
  `${r.endpoint} — ${r.which} (${result[r.which].orgs} orgs, ${result[r.which].interactions} interactions)`;

export function renderReport(result, label) {
  const lines = [
    `# Regiokracht benchmark ${label}`.trim(),
    '',
    `${new Date().toISOString()} — ${result.total} coalitions; asOf ${result.asOf}; ${result.connections} connections × ${result.duration} s per scenario, one authenticated session; p95 interpolated between autocannon's p90 and p97.5.`,
    '',
    '## Under load',
    '',
    '| scenario | requests | non-2xx | p50 ms | p95 ms | p99 ms | req/s | target |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...result.cached.map((r) =>
      loadRow(`${title(r, result)}, as served (${r.cache})`, r, TARGETS.insightsP95),
    ),
    loadRow(
      `organisations list, kind + status filter, page 3 of 50 — largest`,
      result.list,
      TARGETS.listP95,
    ),
    loadRow(`interaction create — median`, result.create),
    '',
    '## Insights computed on every request (cache off) against the bare SQL',
    '',
    'The bare SQL is the endpoint’s own code and queries on a plain pg pool of 16 clients (no Nest, HTTP, session, guards or cache).',
    '',
    '| endpoint — coalition | API p50 ms | API p95 ms | SQL p50 ms | SQL p95 ms | API p95 / SQL p95 | target ≤ 1.5 |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const u of result.uncached) {
    const s = result.sql.find((x) => x.endpoint === u.endpoint && x.which === u.which);
    const ratio = u.p95 / s.p95;
    lines.push(
      `| ${u.endpoint} — ${u.which} | ${u.p50} | ${u.p95} | ${s.p50} | ${s.p95} | ${ratio.toFixed(2)} | ${verdict(ratio <= TARGETS.ratio)} |`,
    );
  }
  lines.push(
    '',
    '## First request after a change (one client, 5 runs)',
    '',
    '| endpoint — coalition | median ms | max ms |',
    '|---|---:|---:|',
    ...result.misses.map((m) => `| ${m.endpoint} — ${m.which} | ${m.medianMs} | ${m.maxMs} |`),
    '',
    '## Web',
    '',
  );
  const web = result.web;
  if (web.afterChangeMs !== undefined) {
    lines.push(
      `Dashboard of the largest coalition, headless Chromium on localhost, navigation until its data shows (median of 5): right after a change ${web.afterChangeMs} ms (${verdict(web.afterChangeMs <= TARGETS.webMs)}), unchanged ${web.warmMs} ms (${verdict(web.warmMs <= TARGETS.webMs)}); target ≤ ${TARGETS.webMs} ms.`,
    );
  } else {
    lines.push(`Dashboard not measured: ${web.note}.`);
  }
  lines.push(
    `Initial JS ${web.initialJsGzipKb} KB gzip (target ≤ ${TARGETS.initialJsKb} KB: ${verdict(web.initialJsGzipKb <= TARGETS.initialJsKb)}).`,
    '',
  );
  if (result.comparison) {
    const [a, b] = result.comparison.installations;
    lines.push(
      '## One coalition’s insights in a large and a small installation',
      '',
      `Computed afresh, one client, 15 runs. Installations: ${a.coalitions} coalitions / ${a.interactions} interactions and ${b.coalitions} coalitions / ${b.interactions} interactions.`,
      '',
      '| installation | coalition | orgs | interactions | organisations p50 ms | organisations p95 ms | dashboard p50 ms | dashboard p95 ms |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      ...result.comparison.rows.map(
        (r) =>
          `| ${r.installation.coalitions} coalitions | ${r.label} | ${r.orgs} | ${r.interactions} | ${r['insights/organisations'].p50} | ${r['insights/organisations'].p95} | ${r['insights/dashboard'].p50} | ${r['insights/dashboard'].p95} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}
