import { readFileSync } from 'node:fs';

/** What docs/CONTRACT.md fixes that the deployment must follow. */
export interface Contract {
  /** "gateway" → [4000], "Mailpit" → [8025, 1025], "claims remote" → [3002] … */
  ports: Map<string, number[]>;
  /** Package names, e.g. @statsbidrag/subgraph-person. */
  packages: string[];
  /** Variable names from the environment table. */
  environmentVariables: string[];
}

function section(markdown: string, heading: string): string {
  const start = markdown.search(new RegExp(`^## ${heading}`, 'm'));
  if (start < 0) throw new Error(`docs/CONTRACT.md: avsnittet "## ${heading}" saknas`);
  const rest = markdown.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

export function parseContract(markdown: string): Contract {
  const ports = new Map<string, number[]>();
  const portText = section(markdown, 'Ports').split('\n').slice(1).join(' ');
  for (const item of portText.split('·')) {
    const m = /^\s*(.+?)\s+(\d+(?:\/\d+)*)\.?\s*$/.exec(item);
    if (m) ports.set(m[1]!.trim(), m[2]!.split('/').map(Number));
  }

  const packages = new Set<string>();
  for (const m of section(markdown, 'Packages').matchAll(/`(@statsbidrag\/[^`]+)`/g)) {
    const name = m[1]!;
    const braces = /^(.*)\{([^}]+)\}(.*)$/.exec(name);
    if (braces) for (const part of braces[2]!.split(',')) packages.add(`${braces[1]}${part.trim()}${braces[3]}`);
    else packages.add(name);
  }

  const environmentVariables = new Set<string>();
  for (const row of section(markdown, 'Environment variables').split('\n')) {
    const firstCell = row.split('|')[1] ?? '';
    for (const m of firstCell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) environmentVariables.add(m[1]!);
  }
  return { ports, packages: [...packages], environmentVariables: [...environmentVariables] };
}

export function readContract(path: string): Contract {
  return parseContract(readFileSync(path, 'utf8'));
}
