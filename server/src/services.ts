import type { Db } from './db/open-database.js';
import type { Clock } from './lib/clock.js';
import { ChangeFeed } from './lib/change-feed.js';
import { createBoardAccess } from './modules/access/board-access.js';
import { createBoardRepository } from './modules/boards/board-repository.js';
import { createBoardService } from './modules/boards/board-service.js';
import { createDeviceRepository } from './modules/devices/device-repository.js';
import { createDeviceService } from './modules/devices/device-service.js';
import { createSuggestionRepository } from './modules/suggestions/suggestion-repository.js';
import { createSuggestionService } from './modules/suggestions/suggestion-service.js';

/** Wires repositories and services for one database. No module-level state. */
export function createServices(deps: { db: Db; clock: Clock; publicUrl: string }) {
  const { db, clock, publicUrl } = deps;
  const changes = new ChangeFeed();
  const boardRepository = createBoardRepository(db);
  const deviceRepository = createDeviceRepository(db);
  const suggestionRepository = createSuggestionRepository(db);
  return {
    changes,
    boardRepository,
    access: createBoardAccess({ boards: boardRepository, devices: deviceRepository }),
    boards: createBoardService({ boards: boardRepository, clock, publicUrl }),
    devices: createDeviceService({ devices: deviceRepository, boards: boardRepository, clock }),
    suggestions: createSuggestionService({
      db,
      boards: boardRepository,
      suggestions: suggestionRepository,
      clock,
      changes,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
