// The harness every reader test shares: the real API on a fresh database with the sample data,
// the built reader served by `next start`, and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { globalId, startTestApi, type TestApi } from '@claimgraph/api/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const webDir = path.resolve(import.meta.dirname, '..');
export const screenshotDir = path.join(webDir, 'test-results/screenshots');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

export interface Reader {
  api: TestApi;
  /** The reader's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Ids of the sample data the tests name. */
  ids: SampleIds;
  /** What `next start` printed (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface SampleIds {
  seedReport: string;
  seedTitle: string;
  shellsClaim: string;
  unitedStates: string;
  nyt: string;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Web {
  origin: string;
  /** What `next start` printed (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** `next start` on a free port, reading the API at apiUrl; the reader must have been built. */
export async function startWeb(apiUrl: string): Promise<Web> {
  if (!fs.existsSync(path.join(webDir, '.next/BUILD_ID'))) {
    throw new Error('the reader is not built: run `npx turbo run build --filter=@claimgraph/web` first');
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const web: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: webDir,
    env: { ...process.env, CLAIMGRAPH_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  web.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  web.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (web.exitCode !== null) return;
    const exited = new Promise((resolve) => web.once('exit', resolve));
    web.kill();
    await exited;
  };
  try {
    await waitFor(origin, () => web.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  return { origin, log: () => output, stop };
}

/** Starts the API on the sample data and the reader in front of it, and waits until both answer. */
export async function startReader(): Promise<Reader> {
  const api = await startTestApi();
  try {
    const web = await startWeb(`${api.origin}/graphql`);
    const stop = async () => {
      await web.stop();
      await api.stop();
    };
    return { api, origin: web.origin, ids: await sampleIds(api), log: () => web.log(), stop };
  } catch (error) {
    await api.stop();
    throw error;
  }
}

async function waitFor(origin: string, exited: () => boolean): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (exited()) throw new Error('next start exited');
    try {
      await fetch(`${origin}/search`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error('next start did not answer within 30 s');
}

async function sampleIds(api: TestApi): Promise<SampleIds> {
  const seed = await api.prisma.report.findFirstOrThrow({ where: { isSummary: false } });
  const shells = await api.prisma.claim.findFirstOrThrow({
    where: { statement: { startsWith: 'Russia is buying millions of artillery shells' } },
  });
  const us = await api.prisma.actor.findFirstOrThrow({ where: { slug: 'united-states' } });
  const nyt = await api.prisma.source.findFirstOrThrow({ where: { slug: 'nyt' } });
  return {
    seedReport: globalId('Report', seed.id),
    seedTitle: seed.title,
    shellsClaim: globalId('Claim', shells.id),
    unitedStates: globalId('Actor', us.id),
    nyt: globalId('Source', nyt.id),
  };
}

// --- The browser -------------------------------------------------------------------------------

export const CHROMIUM = '/usr/lib/chromium/chromium';
const MISSING = `Chromium is not installed at ${CHROMIUM}: install it with \`apt-get install -y chromium\``;

/**
 * Why browser tests cannot run, for `describe(..., { skip })`: only when CLAIMGRAPH_SKIP_BROWSER=1
 * asks to skip them. A missing Chromium without that is a failure (see launchBrowser).
 */
export function browserSkip(): string | false {
  if (process.env.CLAIMGRAPH_SKIP_BROWSER !== '1') return false;
  return fs.existsSync(CHROMIUM) ? 'CLAIMGRAPH_SKIP_BROWSER=1' : `${MISSING} (skipped: CLAIMGRAPH_SKIP_BROWSER=1)`;
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(MISSING);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 812 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** A page in its own context (axe needs one), at a named viewport. */
export async function openPage(browser: Browser, viewport: ViewportName = 'desktop'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    ...(viewport === 'phone' ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  return { context, page };
}

/** A full-page PNG in test-results/screenshots/<name>-<viewport>.png. */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}-${viewport}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core violations of serious or critical impact, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join('; ')}`,
    );
}

/** Opens a path and waits until the streamed page has replaced its loading state. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => !document.querySelector('main .status') && document.querySelector('main h1'), null, { timeout: 10_000 });
}
