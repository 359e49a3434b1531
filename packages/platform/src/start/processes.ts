import { spawn, type ChildProcess } from 'node:child_process';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const COLORS = [36, 33, 35, 32, 34, 91, 96, 93, 95];

/** Runs a service as a child process with its output prefixed by its name. */
export function startProcess(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; index?: number }): ManagedProcess {
  // The IPC channel ties the service to us: when this process ends (even killed), the service
  // sees 'disconnect' and stops (graphql-kit stopOn, static-server).
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const color = COLORS[(options.index ?? 0) % COLORS.length];
  const prefix = process.stdout.isTTY ? `\u001b[${color}m[${name}]\u001b[0m ` : `[${name}] `;
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffer = '';
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      if (!options.quiet) for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  relay(child.stdout!, process.stdout);
  relay(child.stderr!, process.stderr);
  return {
    name,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Runs a one-off task (migrations, seeding) and fails with its output when it fails. */
export function runTask(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('exit', (code) => {
      if (code === 0) {
        const last = output.trim().split('\n').pop();
        if (last) console.log(`  ${last}`);
        resolve();
      } else {
        reject(new Error(`${name} misslyckades (kod ${code}):\n${output}`));
      }
    });
  });
}

/** Waits until `url` answers 200 (health endpoints). */
export async function waitForHealth(name: string, url: string, process: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (process.child.exitCode !== null) throw new Error(`${name} avslutades innan den blev redo (kod ${process.child.exitCode}).`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} blev inte redo inom ${timeoutMs / 1000} s (${url}).`);
}
