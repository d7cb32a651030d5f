// `npm start` as a newcomer runs it: one command, a ready message with the
// URL and the demo accounts, Ctrl-C stops both servers; a taken port gets one
// clear line, not a stack trace.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const running = new Set<ChildProcess>();

afterEach(() => {
  // A failed assertion must not leave servers behind: end the whole group.
  for (const child of running) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group ended meanwhile.
    }
  }
  running.clear();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function isListening(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

/** Runs a command in its own process group, as a terminal would. */
function run(command: string, args: readonly string[]) {
  const child = spawn(command, args, { cwd: root, detached: true, env: process.env });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    child,
    exited,
    output: () => output,
    async waitFor(text: string, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (child.exitCode !== null) throw new Error(`exited early:\n${output}`);
        if (Date.now() > deadline) throw new Error(`no "${text}" in:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

describe('npm start', () => {
  test('starts the demo and the identity provider, and Ctrl-C stops both', async () => {
    const [port, idpPort] = [await freePort(), await freePort()];
    const start = run('npm', ['start', '--', '--port', `${port}`, '--idp-port', `${idpPort}`]);
    await start.waitFor(`is ready: http://localhost:${port}/`, 45_000);
    expect(start.output()).toContain('employee@example.com');
    expect(start.output()).toContain('Password123!');
    expect(start.output()).toContain(`Identity provider: http://localhost:${idpPort}/`);
    expect(start.output()).not.toContain('WARNING');

    const page = await fetch(`http://localhost:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    // The dev server serves the demo from source, pointed at this identity provider.
    const config = await fetch(`http://localhost:${port}/src/config/idp-config.ts`);
    expect(await config.text()).toContain(`http://localhost:${idpPort}`);
    const discovery = await fetch(`http://localhost:${idpPort}/.well-known/openid-configuration`);
    expect(((await discovery.json()) as { issuer: string }).issuer).toBe(
      `http://localhost:${idpPort}/`,
    );

    // Ctrl-C in a terminal signals the whole foreground group: npm and the script.
    process.kill(-(start.child.pid ?? 0), 'SIGINT');
    await start.exited;
    expect(start.output()).toContain('stopping the demo and the identity provider');
    expect(await isListening(port)).toBe(false);
    expect(await isListening(idpPort)).toBe(false);
  }, 60_000);

  test('a taken port gets one clear line and no stack trace', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const start = run(process.execPath, ['scripts/start.mjs', '--port', `${port}`]);
      expect(await start.exited).toBe(1);
      expect(start.output().trim()).toBe(
        `Port ${port} is in use. Stop what uses it, or choose another port: ` +
          `npm start -- --port ${port + 1} (or TENANTKIT_DEMO_PORT=${port + 1} npm start).`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
