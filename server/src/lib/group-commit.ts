import type { Db } from '../db/open-database.js';

/**
 * Group commit for bursts of small writes (a workshop's thousand phones placing dots or
 * answering within seconds): the writes of one turn of the event loop share one transaction
 * (one fsync), each in its own savepoint so a refused one is rolled back alone, and each caller
 * is answered only once the commit is durable. `afterCommit` runs for each stored write (to
 * schedule its coalesced broadcast). `write(item)` resolves with what `store` returned.
 */
export function createGroupCommit<Item, Out>(
  db: Db,
  store: (item: Item) => Out,
  afterCommit: (item: Item, out: Out) => void,
  what = 'write',
) {
  const queue: { item: Item; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  const inSavepoint = db.transaction(store);

  function commitQueued(): void {
    const batch = queue.splice(0);
    const outcomes: ({ out: Out } | { error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const { item } of batch) {
          try {
            outcomes.push({ out: inSavepoint(item) });
          } catch (error) {
            if (!db.inTransaction) throw error; // the whole transaction is gone (disk error)
            outcomes.push({ error });
          }
        }
      })();
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    batch.forEach((queued, i) => {
      const outcome = outcomes[i];
      if (!outcome) queued.reject(new Error(`${what} lost in its batch`));
      else if ('error' in outcome) queued.reject(outcome.error);
      else {
        afterCommit(queued.item, outcome.out);
        queued.resolve(outcome.out);
      }
    });
  }

  return (item: Item): Promise<Out> =>
    new Promise((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (queue.length === 1) setImmediate(commitQueued);
    });
}
