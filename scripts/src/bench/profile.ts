/**
 * `npm run bench:profile -w @tavla/scripts -- [app|bare-fastify] [seconds]`: runs the HTTP write
 * path (scenario 2) against one server started with `--cpu-prof`, then prints the functions
 * with the most self time. The .cpuprofile is kept in bench/profiles/ (open it in Chrome
 * DevTools). Evidence for where the app's time goes, next to its bare baseline.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { joinPhones, startTarget, type TargetKind } from './targets.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const kind = (process.argv[2] ?? 'app') as TargetKind;
const seconds = Number(process.argv[3] ?? 10);
const dir = fileURLToPath(new URL(`../../../bench/profiles/${kind}`, import.meta.url));
mkdirSync(dir, { recursive: true });

const target = await startTarget(kind, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
let url = `${target.baseUrl}/api/boards/bench/suggestions`;
let cookie = '';
if (kind === 'app') {
  const joined = await joinPhones(target, 1);
  url = `${target.baseUrl}/api/boards/${joined.boardId}/suggestions`;
  cookie = joined.cookies[0] ?? '';
}
const result = await autocannon({
  url,
  method: 'POST',
  connections: 10,
  duration: seconds,
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  requests: [
    {
      method: 'POST',
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          id: randomUUID(),
          text: 'Profiled suggestion',
          dimension: 'social',
        }),
      }),
    },
  ],
});
await target.stop();
console.log(
  `${kind}: ${Math.round(result.requests.average)} requests/s, p99 ${result.latency.p99} ms`,
);

const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort()
  .pop();
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const { functionName, url: source, lineNumber } = node.callFrame;
  const short = source
    .replace(/^.*node_modules\//, '')
    .replace(/^file:\/\/.*\/(server|scripts)\//, '$1/');
  const key = `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + (node.hitCount ?? 0));
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ??
    (source.includes('/server/dist/')
      ? 'tavla server'
      : source.startsWith('node:')
        ? 'node core'
        : functionName.startsWith('(')
          ? functionName
          : 'other');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (node.hitCount ?? 0));
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
console.log(`\nself time by package (${join(dir, file)}):`);
console.log(top(byPackage, 12).join('\n'));
console.log('\nself time by function:');
console.log(top(byFunction, 25).join('\n'));
