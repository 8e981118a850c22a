// @ts-check
/**
 * Preloaded (`node --import`) into every server the benchmark starts, the real one and the bare
 * baselines alike: answers measurement requests over the IPC channel (CPU time, memory after an
 * optional full GC, event-loop delay). It adds no routes and changes nothing in the server.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();

/** @param {unknown} data */
const reply = (data) => process.send?.(data);

process.on('message', (/** @type {{ id: number; type: string; gc?: boolean }} */ message) => {
  if (message.type === 'reset-loop') {
    loop.reset();
    reply({ id: message.id });
    return;
  }
  if (message.type === 'measure') {
    const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
    if (message.gc && gc) {
      gc();
      gc();
    }
    reply({
      id: message.id,
      cpu: process.cpuUsage(),
      memory: process.memoryUsage(),
      loop: {
        p50: loop.percentile(50) / 1e6,
        p99: loop.percentile(99) / 1e6,
        max: loop.max / 1e6,
      },
    });
  }
});
// The channel must not keep the server alive: it stops on SIGTERM as usual.
process.channel?.unref();
