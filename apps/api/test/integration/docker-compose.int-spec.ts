import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  environment?: Record<string, string> | string[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target?: number; published?: string | number })[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

function env(service: Service): Record<string, string> {
  const e = service.environment ?? {};
  if (!Array.isArray(e))
    return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(
    e.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

function mounts(service: Service): { source: string; target: string }[] {
  return (service.volumes ?? []).map((v) => {
    if (typeof v !== 'string') return { source: v.source ?? '', target: v.target ?? '' };
    const [source, target] = v.split(':');
    return { source, target };
  });
}

/** "host:container" pairs of the published ports. */
function ports(service: Service): string[] {
  return (service.ports ?? []).map((p) =>
    typeof p === 'object' ? `${p.published}:${p.target}` : String(p),
  );
}

function dependsOn(service: Service, name: string): string | undefined {
  const d = service.depends_on;
  if (!d) return undefined;
  if (Array.isArray(d)) return d.includes(name) ? 'service_started' : undefined;
  return d[name] ? (d[name].condition ?? 'service_started') : undefined;
}

const healthcheckText = (s: Service) => [s.healthcheck?.test ?? []].flat().join(' ');

/** The stages of the Dockerfile: `FROM … AS name` → its lines. */
function dockerStages(dockerfile: string): Record<string, string[]> {
  const stages: Record<string, string[]> = {};
  let current = '';
  for (const line of dockerfile.split('\n')) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line.trim());
    if (from) {
      current = from[1] ?? `stage${Object.keys(stages).length}`;
      stages[current] = [line.trim()];
    } else if (current) {
      stages[current].push(line.trim());
    }
  }
  return stages;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as Compose;
  const { db, api, web } = compose.services;
  const stages = dockerStages(read('Dockerfile'));

  const buildOf = (s: Service) =>
    typeof s.build === 'string' ? { context: s.build } : (s.build ?? {});

  it('has the three services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'db', 'web']);
  });

  describe('db', () => {
    it('runs PostgreSQL 15 or later', () => {
      const match = /^postgres:(\d+)/.exec(db.image ?? '');
      expect(match).not.toBeNull();
      expect(Number(match![1])).toBeGreaterThanOrEqual(15);
    });

    it('keeps its data in a named volume', () => {
      const data = mounts(db).find((m) => m.target === '/var/lib/postgresql/data');
      expect(data).toBeDefined();
      expect(data!.source).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/); // a name, not a host path
      expect(Object.keys(compose.volumes ?? {})).toContain(data!.source);
    });

    it('has a healthcheck that asks PostgreSQL itself', () => {
      expect(healthcheckText(db)).toMatch(/pg_isready/);
    });
  });

  describe('api', () => {
    it('is built from the repository Dockerfile, stage "api", which starts the server', () => {
      const build = buildOf(api);
      expect(path.resolve(root, build.context ?? '.')).toBe(root);
      expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(stages[build.target ?? '']).toBeDefined();
      const cmd = stages[build.target!].find((l) => /^(CMD|ENTRYPOINT)/.test(l));
      expect(cmd).toMatch(/apps\/api\/dist\/main\.js/);
    });

    it('runs the migrations when it starts (main.ts migrates before listening), under the start-up lock', () => {
      const main = read('apps/api/src/main.ts');
      expect(main).toMatch(/prepareDatabase\(/);
      expect(main.indexOf('prepareDatabase(')).toBeLessThan(main.indexOf('.listen('));
      const startUp = read('apps/api/src/database/start-up.ts');
      expect(startUp).toMatch(/withStartupLock\([^]*runMigrations\(/);
    });

    it('runs two replicas behind the web container', () => {
      const replicas = (api as Service & { deploy?: { replicas?: number } }).deploy?.replicas;
      expect(replicas).toBeGreaterThanOrEqual(2);
      // A replica must not publish a port of its own: two could not share it, and with
      // TRUST_PROXY on a direct client could forge X-Forwarded-For.
      expect(ports(api)).toEqual([]);
    });

    it('connects to the db service with its credentials', () => {
      const url = new URL(env(api).DATABASE_URL);
      const pg = env(db);
      expect(url.protocol).toBe('postgres:');
      expect(url.hostname).toBe('db');
      expect(url.port || '5432').toBe('5432');
      expect(decodeURIComponent(url.username)).toBe(pg.POSTGRES_USER ?? 'postgres');
      expect(decodeURIComponent(url.password)).toBe(pg.POSTGRES_PASSWORD);
      expect(url.pathname.slice(1)).toBe(pg.POSTGRES_DB ?? pg.POSTGRES_USER ?? 'postgres');
    });

    it('waits until the db is healthy', () => {
      expect(dependsOn(api, 'db')).toBe('service_healthy');
    });

    it('listens on port 3000 and checks its own health', () => {
      expect(env(api).PORT ?? '3000').toBe('3000');
      // Not published: only the web container reaches it (it trusts X-Forwarded-For).
      expect(ports(api)).toEqual([]);
      expect((api as { expose?: string[] }).expose).toContain('3000');
      expect(healthcheckText(api)).toContain('/api/health');
    });
  });

  describe('web', () => {
    it('is built from the repository Dockerfile, stage "web", serving the built app', () => {
      const build = buildOf(web);
      expect(path.resolve(root, build.context ?? '.')).toBe(root);
      const stage = stages[build.target ?? ''];
      expect(stage).toBeDefined();
      expect(stage.join('\n')).toMatch(/apps\/web\/dist/);
    });

    it('starts after the api is healthy and proxies /api to it, keeping the Host header for the CSRF check', () => {
      expect(dependsOn(web, 'api')).toBe('service_healthy');
      const nginx = read('deploy/nginx.conf');
      // Through Docker's DNS, re-resolved, so every replica (also after `--scale`) gets requests.
      expect(nginx).toMatch(/resolver 127\.0\.0\.11/);
      expect(nginx).toMatch(/set \$api_upstream http:\/\/api:3000;/);
      expect(nginx).toMatch(/location \/api\/\s*\{[^}]*proxy_pass \$api_upstream;/);
      expect(nginx).toMatch(/proxy_set_header Host \$http_host;/);
      expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    });

    it('is published where PUBLIC_URL (used in invitation links) says, and the api trusts its proxy', () => {
      const publicUrl = new URL(env(api).PUBLIC_URL);
      const published = ports(web).find((p) => p.endsWith(':80'));
      expect(published).toBeDefined();
      expect(publicUrl.port || (publicUrl.protocol === 'https:' ? '443' : '80')).toBe(
        published!.split(':')[0],
      );
      // Behind nginx every request comes from the proxy: without trust, all users share one rate limit.
      expect(env(api).TRUST_PROXY).toBe('true');
    });
  });
});
