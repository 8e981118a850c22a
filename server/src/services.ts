import type { Db } from './db/open-database.js';
import type { Clock } from './lib/clock.js';
import { ChangeFeed } from './lib/change-feed.js';
import { createBoardAccess } from './modules/access/board-access.js';
import { createAccountRepository } from './modules/accounts/account-repository.js';
import { createAccountService } from './modules/accounts/account-service.js';
import { createLoginThrottle } from './modules/accounts/login-throttle.js';
import { createBoardRepository } from './modules/boards/board-repository.js';
import { createBoardService } from './modules/boards/board-service.js';
import { createDeviceRepository } from './modules/devices/device-repository.js';
import { createDeviceService } from './modules/devices/device-service.js';
import { createSetupCodes } from './modules/setup/setup-code.js';
import { createDisplayService } from './modules/displays/display-service.js';
import { createGoalRepository } from './modules/goals/goal-repository.js';
import { createGoalService } from './modules/goals/goal-service.js';
import { createBoardChanges } from './modules/boards/board-changes.js';
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
  return {
    changes,
    boardChanges,
    boardRepository,
    setupCodes,
    access: createBoardAccess({
      boards: boardRepository,
      devices: deviceRepository,
      accounts: accountRepository,
    }),
    accounts: createAccountService({
      db,
      accounts: accountRepository,
      boards: boardRepository,
      throttle: createLoginThrottle(db, clock),
      setupCodes,
      clock,
      pepper,
    }),
    boards: createBoardService({ boards: boardRepository, clock, publicUrl }),
    devices: createDeviceService({ devices: deviceRepository, boards: boardRepository, clock }),
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
    photos: createPhotoService({ suggestions: suggestionRepository, boardChanges, photoDir }),
    workflow: createSuggestionWorkflow({
      suggestions: suggestionRepository,
      boards: boardRepository,
      boardChanges,
      checkGoal,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
