import type { Db } from './db/open-database.js';
import type { Clock } from './lib/clock.js';
import { ChangeFeed } from './lib/change-feed.js';
import { createBoardAccess } from './modules/access/board-access.js';
import { createAccountRepository } from './modules/accounts/account-repository.js';
import { createAccountService } from './modules/accounts/account-service.js';
import { createLoginThrottle } from './modules/accounts/login-throttle.js';
import { createHashLimiter, type HashLimits } from './lib/hash-limiter.js';
import { createBoardRepository } from './modules/boards/board-repository.js';
import { createBoardService } from './modules/boards/board-service.js';
import { createDeviceRepository } from './modules/devices/device-repository.js';
import { createDeviceService } from './modules/devices/device-service.js';
import { createSetupCodes } from './modules/setup/setup-code.js';
import { createDisplayService } from './modules/displays/display-service.js';
import { createGoalRepository } from './modules/goals/goal-repository.js';
import { createGoalService } from './modules/goals/goal-service.js';
import { createBoardChanges } from './modules/boards/board-changes.js';
import { createBoardLinkRepository } from './modules/boards/board-link-repository.js';
import { createBoardLinks } from './modules/boards/board-links.js';
import { historyId } from './db/history-id.js';
import type { BoardRow } from './modules/boards/board-repository.js';
import { createPhotoService } from './modules/photos/photo-service.js';
import { createFeedbackRepository } from './modules/feedback/feedback-repository.js';
import { createTallyBroadcaster } from './modules/feedback/tally-broadcaster.js';
import { createFeedbackService } from './modules/feedback/feedback-service.js';
import { createSuggestionRepository } from './modules/suggestions/suggestion-repository.js';
import { createSuggestionService } from './modules/suggestions/suggestion-service.js';
import { createSuggestionWorkflow } from './modules/suggestions/suggestion-workflow.js';

/** Wires repositories and services for one database. No module-level state. */
export function createServices(deps: {
  db: Db;
  clock: Clock;
  publicUrl: string;
  pepper: Buffer;
  photoDir: string;
  tallyBatchMs?: number;
  /** Password hashes in flight and waiting (default 2 and 8). */
  hashLimits?: HashLimits;
  /** Where errors that have no request to fail go (a broadcast, a timer): the server log. */
  reportError?: (error: unknown, context: string) => void;
}) {
  const { db, clock, publicUrl, pepper, photoDir } = deps;
  const changes = new ChangeFeed();
  const boardRepository = createBoardRepository(db);
  const deviceRepository = createDeviceRepository(db);
  const accountRepository = createAccountRepository(db);
  const suggestionRepository = createSuggestionRepository(db);
  const setupCodes = createSetupCodes(db, pepper);
  const reportError = deps.reportError ?? (() => undefined);
  const history = historyId(db);
  const boardChanges = createBoardChanges({
    db,
    history,
    boards: boardRepository,
    clock,
    changes,
    onPublishError: (error) => reportError(error, 'broadcasting a committed change failed'),
  });
  const tallies = createTallyBroadcaster({
    suggestions: suggestionRepository,
    boards: boardRepository,
    boardChanges,
    ...(deps.tallyBatchMs === undefined ? {} : { batchMs: deps.tallyBatchMs }),
    onError: (error) => reportError(error, 'sending vote tallies failed'),
  });
  // Tallies a crash left unsent go out now.
  tallies.flush();
  const goals = createGoalService({ goals: createGoalRepository(db), clock, boardChanges });
  const checkGoal = (board: BoardRow, goalId: string) => void goals.linkable(board, goalId);
  const boardLinks = createBoardLinks({
    db,
    boards: boardRepository,
    links: createBoardLinkRepository(db),
    clock,
  });
  const photos = createPhotoService({ suggestions: suggestionRepository, boardChanges, photoDir });
  return {
    changes,
    boardChanges,
    boardRepository,
    setupCodes,
    boardLinks,
    access: createBoardAccess({
      boards: boardRepository,
      devices: deviceRepository,
      accounts: accountRepository,
      wasReplacedDisplayKey: (key) => boardLinks.wasReplaced('display', key),
    }),
    accounts: createAccountService({
      db,
      accounts: accountRepository,
      boards: boardRepository,
      throttle: createLoginThrottle(db, clock),
      setupCodes,
      clock,
      pepper,
      hashes: createHashLimiter(deps.hashLimits),
    }),
    boards: createBoardService({ boards: boardRepository, clock, publicUrl }),
    devices: createDeviceService({
      devices: deviceRepository,
      boards: boardRepository,
      clock,
      wasReplacedJoinToken: (token) => boardLinks.wasReplaced('join', token),
    }),
    goals,
    displays: createDisplayService({ db, clock }),
    suggestions: createSuggestionService({
      db,
      boards: boardRepository,
      suggestions: suggestionRepository,
      boardChanges,
      checkGoal,
      listGoals: (board) => goals.list(board),
      history,
      clock,
    }),
    feedback: createFeedbackService({
      db,
      clock,
      suggestions: suggestionRepository,
      feedback: createFeedbackRepository(db),
      boardChanges,
      tallies,
    }),
    tallies,
    photos,
    workflow: createSuggestionWorkflow({
      suggestions: suggestionRepository,
      boards: boardRepository,
      boardChanges,
      checkGoal,
      discardPhotos: (names) => photos.discard(names),
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
