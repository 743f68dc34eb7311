import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpsServer } from '@vercel/cosmosdb-server';

/** A throwaway certificate for 127.0.0.1, trusted only by the agent handed to the test. */
export interface TestCertificate {
  cert: string;
  key: string;
}

export interface CosmosTestServer {
  endpoint: string;
  /** The protocol server accepts any key; this one is well-formed base64 like a real key. */
  key: string;
  /** Trusts exactly the test certificate; TLS verification stays on. */
  agent: https.Agent;
  certificate: TestCertificate;
  port: number;
  close(): Promise<void>;
}

let cachedCertificate: TestCertificate | undefined;

/** One self-signed EC certificate per test process (EC keys are generated in milliseconds). */
export function testCertificate(): TestCertificate {
  if (cachedCertificate) return cachedCertificate;
  const dir = mkdtempSync(join(tmpdir(), 'cosmos-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'pipe' },
    );
    cachedCertificate = { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
    return cachedCertificate;
  } catch (error) {
    throw new Error(`could not make a test certificate with openssl: ${String(error)}`, { cause: error });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function agentTrusting(certificate: TestCertificate): https.Agent {
  return new https.Agent({ ca: certificate.cert, keepAlive: true });
}

export function closeServer(server: https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function listenOnLoopback(server: https.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the Cosmos DB protocol server (in memory, empty) on a free loopback port over HTTPS. */
export async function startCosmosServer(): Promise<CosmosTestServer> {
  const certificate = testCertificate();
  // keepAlive: without it the server closes every connection and each request pays a TLS handshake.
  const server = createHttpsServer({ cert: certificate.cert, key: certificate.key, keepAlive: true });
  const port = await listenOnLoopback(server);
  const agent = agentTrusting(certificate);
  return {
    endpoint: `https://127.0.0.1:${port}/`,
    key: Buffer.from('cosmos-test-server-key').toString('base64'),
    agent,
    certificate,
    port,
    async close() {
      agent.destroy();
      await closeServer(server);
    },
  };
}
