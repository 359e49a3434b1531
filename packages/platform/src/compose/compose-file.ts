import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The parts of a Compose service that the checks read (the Compose spec allows more). */
export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string } | string;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | { target: number; published?: string | number; host_ip?: string })[];
  expose?: (string | number)[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  deploy?: { replicas?: number };
}

export interface ComposeFile {
  name?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** Parses docker-compose.yml with YAML merge keys (`<<: *anchor`) resolved, as Compose does. */
export function readComposeFile(path: string): ComposeFile {
  return parse(readFileSync(path, 'utf8'), { merge: true }) as ComposeFile;
}

/**
 * Resolves `${VAR:-default}` / `${VAR-default}` / `${VAR}` the way Compose interpolates, from `env`
 * (by default: nothing set, i.e. the values you get without a .env file).
 */
export function interpolate(value: string, env: Record<string, string | undefined> = {}): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g, (_m, name: string, op: string | undefined, fallback: string | undefined) => {
    const set = env[name];
    if (op === ':-') return set ? set : (fallback ?? '');
    if (op === '-') return set !== undefined ? set : (fallback ?? '');
    return set ?? '';
  });
}

/** Variables used without a default (`${VAR}`): those make `docker compose config` depend on a .env file. */
export function variablesWithoutDefault(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+][^}]*)?\}/g)) {
    const op = m[2];
    if (!op || !/^:?-/.test(op)) names.add(m[1]!);
  }
  return [...names];
}

export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment;
  if (!env) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const eq = entry.indexOf('=');
      return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

export interface PortMapping { hostIp?: string; published?: number; target: number }

/** "127.0.0.1:4000:4000", "4000:4000", "4000" or the long syntax. */
export function portsOf(service: ComposeService): PortMapping[] {
  return (service.ports ?? []).map((p) => {
    if (typeof p === 'object') {
      return {
        target: Number(p.target),
        ...(p.published !== undefined ? { published: Number(p.published) } : {}),
        ...(p.host_ip ? { hostIp: p.host_ip } : {}),
      };
    }
    const parts = String(p).replace(/\/(tcp|udp)$/, '').split(':');
    const target = Number(parts.at(-1));
    if (parts.length === 1) return { target };
    const published = Number(parts.at(-2));
    return parts.length >= 3 ? { hostIp: parts.slice(0, -2).join(':'), published, target } : { published, target };
  });
}

export function dependsOn(service: ComposeService): Record<string, string> {
  const deps = service.depends_on;
  if (!deps) return {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v?.condition ?? 'service_started']));
}

export interface BindMount { source: string; target: string; readOnly: boolean }

export function bindMountsOf(service: ComposeService): BindMount[] {
  const mounts: BindMount[] = [];
  for (const v of service.volumes ?? []) {
    if (typeof v === 'object') {
      if (v.type === 'bind' && v.source && v.target) mounts.push({ source: v.source, target: v.target, readOnly: false });
      continue;
    }
    const [source, target, mode] = v.split(':');
    if (source && target && /^[./~]/.test(source)) mounts.push({ source, target, readOnly: (mode ?? '').split(',').includes('ro') });
  }
  return mounts;
}

export function buildOf(service: ComposeService): { context: string; dockerfile: string } | undefined {
  if (!service.build) return undefined;
  if (typeof service.build === 'string') return { context: service.build, dockerfile: 'Dockerfile' };
  return { context: service.build.context ?? '.', dockerfile: service.build.dockerfile ?? 'Dockerfile' };
}

/** Dockerfile instructions with line continuations joined and comments dropped. */
export function dockerfileInstructions(source: string): { instruction: string; args: string }[] {
  const joined = source
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const space = line.search(/\s/);
      return space < 0
        ? { instruction: line.toUpperCase(), args: '' }
        : { instruction: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
    });
}

/** Sources of COPY/ADD instructions that read the build context (not `--from=<stage>`). */
export function contextCopySources(source: string): string[] {
  const sources: string[] = [];
  for (const { instruction, args } of dockerfileInstructions(source)) {
    if (instruction !== 'COPY' && instruction !== 'ADD') continue;
    const words = args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
    if (words.some((w) => w.startsWith('--from'))) continue;
    const paths = words.filter((w) => !w.startsWith('--'));
    sources.push(...paths.slice(0, -1));
  }
  return sources;
}

/** Package names given to `--filter` (pnpm and turbo), without the `...` / `^` graph selectors. */
export function filterPackages(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/--filter(?:=|\s+)(\S+)/g)) {
    names.add(m[1]!.replace(/^\.\.\.|\.\.\.$/g, '').replace(/^\^|\^$/g, '').replace(/^["']|["']$/g, ''));
  }
  return [...names];
}
