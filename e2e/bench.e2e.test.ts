import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RUN = fileURLToPath(new URL('../scripts/src/bench/run.ts', import.meta.url));

interface Results {
  quick: boolean;
  rows: { scenario: string; metric: string; value: number; baseline: number; ratio: number }[];
  raw: {
    realtime: {
      app: {
        workshopBurst: { votes: number; storedVotes: number };
        workshopAnswers: {
          devices: number;
          failed: number;
          storedPollVoters: number;
          storedEntries: number;
        };
      };
    };
    exported: { suggestions: number; csvMiB: number; jsonMiB: number };
  };
}

// Proves `npm run bench` still works end to end (`--quick`: few sockets, a second or two per
// scenario). It asserts what the run produced, never how fast anything was.
describe('npm run bench -- --quick', () => {
  it('runs every scenario against the real server and its baselines and writes the report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tavla-bench-smoke-'));
    try {
      const { code, output } = await new Promise<{ code: number | null; output: string }>(
        (resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', RUN, '--quick', '--out', out], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let text = '';
          child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
          const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
          child.once('exit', (exitCode) => {
            clearTimeout(timer);
            resolve({ code: exitCode, output: text });
          });
        },
      );
      expect(code, output).toBe(0);
      const results = JSON.parse(
        readFileSync(join(out, 'bench', 'results.json'), 'utf8'),
      ) as Results;
      expect(results.quick).toBe(true);
      expect(new Set(results.rows.map((r) => r.scenario))).toEqual(
        new Set([
          '1. Post to wall',
          '2. HTTP write path',
          '3. Workshop burst',
          '4. Reconnect storm',
          '5. Footprint',
          '6. Weight',
          '7. Dot-vote burst',
          '8. Workshop answers',
          '9. Roadmap report',
          '10. Export',
        ]),
      );
      for (const row of results.rows) {
        expect(Number.isFinite(row.value) && Number.isFinite(row.ratio), row.metric).toBe(true);
      }
      // Correctness, not speed: every vote of the burst was stored exactly once.
      const burst = results.raw.realtime.app.workshopBurst;
      expect(burst.storedVotes).toBe(burst.votes);
      // And every workshop answer once: a poll answer and three words per device.
      const workshop = results.raw.realtime.app.workshopAnswers;
      expect(workshop.failed).toBe(0);
      expect(workshop.storedPollVoters).toBe(workshop.devices);
      expect(workshop.storedEntries).toBe(workshop.devices * 3);
      // The export ran on a board of its own and sent both files whole.
      const exported = results.raw.exported;
      expect(exported.suggestions).toBeGreaterThan(0);
      expect(exported.csvMiB).toBeGreaterThan(0);
      expect(exported.jsonMiB).toBeGreaterThan(exported.csvMiB);
      const markdown = readFileSync(join(out, 'docs', 'BENCHMARKS.md'), 'utf8');
      expect(markdown).toContain('| Scenario | Metric | Tavla | Baseline | Ratio |');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
