// Server render time of the two heaviest pages: the report reader and the shells claim.
// Starts the API on the sample data and the built reader (`next start`), requests each page
// 20 times after 2 warm-ups, one at a time, and prints the median and p90 time to full HTML.
//   npx tsx scripts/bench-render.ts        (after `npx turbo run build --filter=@claimgraph/web`)
import { startReader } from '../test/support.ts';

const WARM_UPS = 2;
const RUNS = 20;

async function timeToHtml(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !html.includes('</html>')) throw new Error(`${url} answered ${response.status}`);
  return elapsed;
}

function percentile(sorted: number[], p: number): number {
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

const reader = await startReader();
try {
  const pages = {
    'report /reports/[seed]': `/reports/${encodeURIComponent(reader.ids.seedReport)}`,
    'claim /claims/[shells]': `/claims/${encodeURIComponent(reader.ids.shellsClaim)}`,
  };
  console.log(`${RUNS} requests per page after ${WARM_UPS} warm-ups, one at a time; time to full HTML`);
  for (const [name, path] of Object.entries(pages)) {
    const url = `${reader.origin}${path}`;
    for (let i = 0; i < WARM_UPS; i += 1) await timeToHtml(url);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await timeToHtml(url));
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(24)} median ${percentile(times, 50).toFixed(1)} ms   p90 ${percentile(times, 90).toFixed(1)} ms`);
  }
} finally {
  await reader.stop();
}
