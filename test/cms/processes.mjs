// Child processes of the CMS tests: started with a bounded wait for
// readiness, stopped by their own pid (never by name), and killed when node
// exits early so no server outlives a test run.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set();
// Each child leads its own process group, and signals go to the group: PHP's
// built-in server forks workers (PHP_CLI_SERVER_WORKERS) that would outlive it.
const signal = (child, sig) => {
  try {
    process.kill(-child.pid, sig);
  } catch {
    // already gone
  }
};
process.on('exit', () => {
  for (const child of running) signal(child, 'SIGKILL');
});

/** Starts `cmd args`; resolves once `ready()` is true (polled), rejects after `timeout` ms. */
export async function startProcess(name, cmd, args, { ready, timeout = 30000, env, cwd } = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => running.delete(child));
  const deadline = Date.now() + timeout;
  for (;;) {
    const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 100))]);
    if (gone) throw new Error(`${name} exited (${gone.code ?? gone.signal}) before it was ready:\n${output}`);
    if (await ready()) break;
    if (Date.now() > deadline) {
      signal(child, 'SIGKILL');
      throw new Error(`${name} not ready after ${timeout} ms:\n${output}`);
    }
  }
  return {
    child,
    output: () => output,
    /** SIGTERM, then SIGKILL after `grace` ms; resolves when the process is gone. */
    async stop(grace = 15000) {
      if (child.exitCode === null && child.signalCode === null) {
        signal(child, 'SIGTERM');
        const timer = setTimeout(() => signal(child, 'SIGKILL'), grace);
        await exited;
        clearTimeout(timer);
      }
      signal(child, 'SIGKILL'); // whatever of its group is left
    },
  };
}

/** Runs a command to its end (bounded); throws with its output when it fails. */
export function run(cmd, args, { input, timeout = 60000, env, cwd } = {}) {
  const r = spawnSync(cmd, args, { cwd, input, timeout, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal ?? r.error}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
