export interface Row {
  scenario: string;
  metric: string;
  value: number;
  baseline: number;
  baselineName: string;
  ratio: number;
  target?: string;
  met?: boolean;
}

interface Results {
  quick: boolean;
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    platform: string;
    pinning: { enabled: boolean; server: string; load: string };
  };
  settings: Record<string, number>;
  durationSeconds: number;
  rows: Row[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** docs/BENCHMARKS.md: how the figures were made, then one table with every figure. */
export function renderMarkdown(results: Results): string {
  const { machine, settings } = results;
  const lines = [
    '# Benchmarks',
    '',
    results.quick
      ? '> **Quick smoke run.** These figures only prove the benchmark works; they mean nothing.'
      : '> Written by `npm run bench` from a real run; do not edit by hand.',
    '',
    `- **Date:** ${results.date}`,
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}`,
    `- **Node:** ${machine.node}`,
    `- **CPU pinning:** ${machine.pinning.enabled ? `servers on core ${machine.pinning.server}, load generators on core${machine.pinning.load.includes('-') ? 's' : ''} ${machine.pinning.load} (taskset)` : 'none'}`,
    `- **Run:** ${results.durationSeconds} s; ${settings.sockets ?? 0} phone sockets + 1 kiosk socket, ` +
      `posts for ${settings.postSeconds ?? 0} s per rate, a ${settings.burstSeconds ?? 0} s vote burst ` +
      `at ${settings.burstRate ?? 0}/s, ${settings.httpSeconds ?? 0} s of HTTP load per side`,
    '',
    'Every figure sits next to a baseline measured in the same run: the bare limit of the same',
    'stack (a bare Socket.IO server broadcasting the same payload to the same sockets, or a bare',
    'Fastify route with the same TypeBox schema doing the same SQLite insert), or, where no bare',
    'counterpart exists, the target or budget itself. The ratio is value ÷ baseline. Note that',
    'Tavla group-commits bursts of writes while the bare Fastify route commits each insert alone,',
    'as a plain implementation would; that is why the write path can beat its baseline.',
    '',
    '| Scenario | Metric | Tavla | Baseline | Ratio | Target | Met |',
    '| --- | --- | ---: | --- | ---: | --- | :---: |',
    ...results.rows.map(
      (row) =>
        `| ${cell(row.scenario)} | ${cell(row.metric)} | ${row.value} | ${row.baseline} (${cell(row.baselineName)}) | ${row.ratio} | ${cell(row.target ?? '')} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`,
    ),
    '',
    '## How it is measured',
    '',
    '- Servers run in their own processes (the real one is `server/dist/main.js`, as `npm start`',
    '  runs it, with a temporary `DATA_DIR` and `PUBLIC_URL=http://127.0.0.1:<port>`). A probe',
    '  preloaded into each (`scripts/src/bench/servers/probe.mjs`) reports CPU time, memory after a',
    '  full GC (`--expose-gc`) and event-loop delay (`monitorEventLoopDelay`) over IPC.',
    '- Phone sockets are real `socket.io-client` sockets in forked load-generator processes',
    '  (`scripts/src/bench/clients.ts`); each joined the board as its own device. The kiosk socket and',
    '  the HTTP load live in the benchmark process, never in a server process.',
    '- Posts and votes are sent open-loop on a fixed schedule and timed from their scheduled',
    '  time (hdr-histogram), so a stalled server shows up as latency rather than as less load',
    '  (coordinated omission). The HTTP write path uses autocannon with 10 connections.',
    '- Vote→kiosk: vote *n* on a suggestion counts as on screen when the kiosk first shows a tally',
    '  of at least *n*. Tallies are broadcast in batches of at most 200 ms (coalescing).',
    '- Reconnect storm: every phone socket is cut at once; clients come back with the phone',
    "  app's jittered backoff (1–10 s, ±50 %) and send `board:catch-up` (bare: `board:sync`). The",
    '  first retry comes after 0.5–1.5 s, so that bounds the time from below; the event-loop delay',
    '  is what the storm costs the server.',
    '- Weight: initial JS is the entry script plus modulepreloaded chunks of the built',
    '  `index.html`, gzip -9. Lighthouse 12 (mobile emulation, simulated throttling) runs on',
    "  Debian's Chromium against a joined phone's board page. The photo is a 12 MP camera JPEG",
    "  (detail on every pixel, the hardest case) taken through the real phone app's shrink step in",
    '  Chromium, once as Chromium is (WebP) and once with a canvas that cannot write WebP (the JPEG',
    '  fallback); each must leave the phone at ≤ 400 kB, and so must the photo the server stores.',
    '  `npm run bench -- --only photo` runs this scenario alone.',
    '- Export: a board gets 100,000 suggestions through the API (20 phones, every 50th decided',
    "  by the lead) and three goals with daily measurements over two years. The server's RSS",
    '  (`VmRSS` from `/proc/<pid>/status`) is sampled every 20 ms while the suggestions CSV and',
    '  the whole JSON are downloaded, next to its RSS just before (after a full GC); the time is',
    '  set against a bare read of the same rows into memory in the benchmark process, and',
    '  `/api/health` is polled every 50 ms meanwhile. `npm run bench -- --only export` runs this',
    '  scenario alone.',
    '',
  ];
  return lines.join('\n');
}
