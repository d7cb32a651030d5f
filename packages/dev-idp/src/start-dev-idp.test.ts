import { request } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { startDevIdp } from './start-dev-idp.js';

const savedNodeEnv = process.env.NODE_ENV;

afterEach(() => {
  process.env.NODE_ENV = savedNodeEnv;
});

function getWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/.well-known/openid-configuration', headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startDevIdp', () => {
  test('port 0 picks a free port, which the issuer names; stop() frees it', async () => {
    const idp = await startDevIdp({ port: 0 });
    expect(idp.port).toBeGreaterThan(0);
    expect(idp.url).toBe(`http://localhost:${idp.port}`);
    expect(idp.issuer).toBe(`http://localhost:${idp.port}/`);
    const jwks = (await (await fetch(`${idp.url}/.well-known/jwks.json`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig' })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    await idp.stop();
    await expect(fetch(`${idp.url}/.well-known/jwks.json`)).rejects.toThrow();
  });

  test('refuses hosts other than loopback, saying why', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) {
      await expect(startDevIdp({ port: 0, host })).rejects.toThrow(
        /refusing to listen on .*loopback only/u,
      );
    }
    const idp = await startDevIdp({ port: 0, host: '127.0.0.1' });
    expect(idp.issuer).toBe(`http://127.0.0.1:${idp.port}/`);
    await idp.stop();
  });

  test('refuses to start with NODE_ENV=production', async () => {
    process.env.NODE_ENV = 'production';
    await expect(startDevIdp({ port: 0 })).rejects.toThrow(
      /refusing to start with NODE_ENV=production/u,
    );
  });

  test('refuses an invalid port or seed, naming the problem', async () => {
    await expect(startDevIdp({ port: -1 })).rejects.toThrow(/`port`/u);
    await expect(
      startDevIdp({
        port: 0,
        seed: { connections: [], clients: [], users: [{ email: 'x', connection: 'db' }] },
      }),
    ).rejects.toThrow(/users\[0\]\.email: not an email/u);
    await expect(startDevIdp({ port: 0, seed: '/nonexistent/seed.json' })).rejects.toThrow(
      /cannot read the seed file \/nonexistent\/seed\.json/u,
    );
  });

  test('answers only requests addressed to a loopback host (no DNS rebinding)', async () => {
    const idp = await startDevIdp({ port: 0 });
    expect(await getWithHost(idp.port, `localhost:${idp.port}`)).toBe(200);
    expect(await getWithHost(idp.port, `127.0.0.1:${idp.port}`)).toBe(200);
    expect(await getWithHost(idp.port, `attacker.example:${idp.port}`)).toBe(421);
    await idp.stop();
  });

  test('logs one line per request, without query strings', async () => {
    const lines: string[] = [];
    const idp = await startDevIdp({ port: 0, log: (line) => lines.push(line) });
    await fetch(`${idp.url}/authorize?client_id=tenantkit-demo&login_hint=secret%40example.com`);
    await idp.stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/authorize \d{3} \d+ms$/u);
  });
});
