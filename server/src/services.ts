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
import { createSecretHasher, type ScryptCost } from './lib/secret-hash.js';
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
import { createAnalysisRepository } from './modules/analysis/analysis-repository.js';
import { createAnalysisScores } from './modules/analysis/analysis-scores.js';
import { createAnalysisService } from './modules/analysis/analysis-service.js';
import { createMaterialityRepository } from './modules/materiality/materiality-repository.js';
import { createMaterialityService } from './modules/materiality/materiality-service.js';
import { createMatrixReads } from './modules/materiality/matrix.js';
import { createVoterCounts } from './modules/materiality/voter-counts.js';
import { createMethodSettings } from './modules/method/method-settings.js';
import { createMethodState } from './modules/method/method-state.js';
import { createRoadmapService } from './modules/roadmap/roadmap-service.js';
import { createWorkshopReads } from './modules/workshops/workshop-reads.js';
import { createWorkshopRepository } from './modules/workshops/workshop-repository.js';
import { createWorkshopService } from './modules/workshops/workshop-service.js';
import { createWorkshopTallies } from './modules/workshops/workshop-tallies.js';
import { createParticipation } from './modules/analytics/participation.js';
import { createAnalyticsRepository } from './modules/analytics/analytics-repository.js';
import { createAnalyticsService } from './modules/analytics/analytics-service.js';
import { createFollowUpReads } from './modules/follow-ups/follow-up-reads.js';
import { createFollowUpRepository } from './modules/follow-ups/follow-up-repository.js';
import { createFollowUpService } from './modules/follow-ups/follow-up-service.js';
import { createFollowUpTallies } from './modules/follow-ups/follow-up-tallies.js';
import { createMeetingRepository } from './modules/meetings/meeting-repository.js';
import { createMeetingService } from './modules/meetings/meeting-service.js';
import { createAckCounts } from './modules/announcements/ack-counts.js';
import { createAnnouncementReads } from './modules/announcements/announcement-reads.js';
import { createAnnouncementRepository } from './modules/announcements/announcement-repository.js';
import { createAnnouncementService } from './modules/announcements/announcement-service.js';
import { createBoardPhotoRepository } from './modules/photos/board-photo-repository.js';
import { createReportRepository } from './modules/reports/report-repository.js';
import { createReportService } from './modules/reports/report-service.js';
import { createExportRepository } from './modules/exports/export-repository.js';
import { createBoardExport } from './modules/exports/export-service.js';
import { createPosterRepository } from './modules/poster/poster-repository.js';
import { createPosterService } from './modules/poster/poster-service.js';
import { createSiteRepository } from './modules/site/site-repository.js';
import { createSiteService } from './modules/site/site-service.js';
import { createTriageRepository } from './modules/triage/triage-repository.js';
import { createTriageService } from './modules/triage/triage-service.js';
import { createBoardSettingsRepository } from './modules/board-settings/board-settings-repository.js';
import { createBoardSettingsService } from './modules/board-settings/board-settings-service.js';
import { createPeopleService } from './modules/people/people-service.js';
import { createAuditRepository } from './modules/audit/audit-repository.js';
import { createAuditService } from './modules/audit/audit-service.js';
import { createOwnSuggestionRepository } from './modules/own-suggestions/own-suggestion-repository.js';
import { createOwnSuggestionService } from './modules/own-suggestions/own-suggestion-service.js';

/** Wires repositories and services for one database. No module-level state. */
export function createServices(deps: {
  db: Db;
  clock: Clock;
  publicUrl: string;
  pepper: Buffer;
  photoDir: string;
  /**
   * How long "me too" tallies, interest-vote voter counts and workshop tallies are gathered
   * (default 200 ms).
   */
  tallyBatchMs?: number;
  /** Password hashes in flight and waiting (default 2 and 8). */
  hashLimits?: HashLimits;
  /** scrypt's cost for new hashes (default SCRYPT_PARAMS, OWASP's); see AppOptions. */
  passwordCost?: ScryptCost;
  /** Where errors that have no request to fail go (a broadcast, a timer): the server log. */
  reportError?: (error: unknown, context: string) => void;
}) {
  const { db, clock, publicUrl, pepper, photoDir } = deps;
  const changes = new ChangeFeed();
  const boardRepository = createBoardRepository(db);
  const deviceRepository = createDeviceRepository(db);
  const accountRepository = createAccountRepository(db);
  const suggestionRepository = createSuggestionRepository(db);
  const hasher = createSecretHasher(pepper, deps.passwordCost);
  const setupCodes = createSetupCodes(db, hasher);
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
  // The method: analysis, interest vote and matrix, and the state every screen is sent.
  const methodSettings = createMethodSettings(db);
  const analysisRepository = createAnalysisRepository(db);
  const analysisScores = createAnalysisScores(analysisRepository);
  const materialityRepository = createMaterialityRepository(db);
  const matrix = createMatrixReads({
    analysis: analysisRepository,
    materiality: materialityRepository,
    settings: methodSettings,
  });
  const workshopRepository = createWorkshopRepository(db);
  const workshopReads = createWorkshopReads({
    repo: workshopRepository,
    materiality: materialityRepository,
  });
  const announcementRepository = createAnnouncementRepository(db);
  const announcementReads = createAnnouncementReads({
    repo: announcementRepository,
    clock,
  });
  const followUpReads = createFollowUpReads(db);
  const method = createMethodState({
    analysis: analysisRepository,
    scores: analysisScores,
    materiality: materialityRepository,
    matrix,
    settings: methodSettings,
    workshop: workshopReads,
    announcements: announcementReads,
    followUps: followUpReads,
    boardChanges,
    clock,
  });
  const voterCounts = createVoterCounts({
    repo: materialityRepository,
    boards: boardRepository,
    boardChanges,
    method,
    ...(deps.tallyBatchMs === undefined ? {} : { batchMs: deps.tallyBatchMs }),
    onError: (error) => reportError(error, 'sending interest-vote voter counts failed'),
  });
  // Voter counts a crash left unsent go out now.
  voterCounts.flushAll();
  const ackCounts = createAckCounts({
    repo: announcementRepository,
    boards: boardRepository,
    boardChanges,
    method,
    ...(deps.tallyBatchMs === undefined ? {} : { batchMs: deps.tallyBatchMs }),
    onError: (error) => reportError(error, 'sending acknowledgement counts failed'),
  });
  // Acknowledgement counts a crash left unsent go out now.
  ackCounts.flushAll();
  const materiality = createMaterialityService({
    db,
    repo: materialityRepository,
    analysis: analysisRepository,
    matrix,
    settings: methodSettings,
    method,
    voterCounts,
    boardChanges,
    clock,
  });
  const workshopTallies = createWorkshopTallies({
    repo: workshopRepository,
    boards: boardRepository,
    boardChanges,
    method,
    ...(deps.tallyBatchMs === undefined ? {} : { batchMs: deps.tallyBatchMs }),
    onError: (error) => reportError(error, 'sending workshop tallies failed'),
  });
  // Workshop answers a crash left unsent go out now.
  workshopTallies.flushAll();
  const followUpRepository = createFollowUpRepository(db);
  const followUpTallies = createFollowUpTallies({
    repo: followUpRepository,
    reads: followUpReads,
    boards: boardRepository,
    boardChanges,
    method,
    ...(deps.tallyBatchMs === undefined ? {} : { batchMs: deps.tallyBatchMs }),
    onError: (error) => reportError(error, 'sending follow-up tallies failed'),
  });
  // Follow-up notes, votes and pulse answers a crash left unsent go out now.
  followUpTallies.flushAll();
  const goals = createGoalService({
    goals: createGoalRepository(db),
    clock,
    boardChanges,
    isClosedVote: (board, voteId) => materiality.isClosedVoteOf(board, voteId),
  });
  const checkGoal = (board: BoardRow, goalId: string) => void goals.linkable(board, goalId);
  const boardLinks = createBoardLinks({
    db,
    boards: boardRepository,
    links: createBoardLinkRepository(db),
    clock,
  });
  const boardPhotos = createBoardPhotoRepository(db);
  const photos = createPhotoService({
    suggestions: suggestionRepository,
    boardChanges,
    photoDir,
    boardPhotos,
    clock,
  });
  const suggestions = createSuggestionService({
    db,
    boards: boardRepository,
    suggestions: suggestionRepository,
    boardChanges,
    checkGoal,
    listGoals: (board) => goals.list(board),
    method,
    history,
    clock,
  });
  const workshops = createWorkshopService({
    db,
    repo: workshopRepository,
    reads: workshopReads,
    tallies: workshopTallies,
    method,
    materiality,
    materialityRepo: materialityRepository,
    suggestions,
    boardPhotos,
    boardChanges,
    clock,
  });
  const followUps = createFollowUpService({
    db,
    repo: followUpRepository,
    reads: followUpReads,
    tallies: followUpTallies,
    method,
    analysis: analysisRepository,
    listGoals: (board) => goals.list(board),
    boardChanges,
    clock,
  });
  const participation = createParticipation({ db, settings: methodSettings, clock });
  const analytics = createAnalyticsService({
    repo: createAnalyticsRepository(db),
    participation,
    followUpReads,
    analysis: analysisRepository,
    scores: analysisScores,
    settings: methodSettings,
    listGoals: (board) => goals.list(board),
    method,
    boardChanges,
    clock,
  });
  const announcements = createAnnouncementService({
    db,
    repo: announcementRepository,
    reads: announcementReads,
    boardPhotos,
    checkGoal,
    settings: methodSettings,
    method,
    ackCounts,
    boardChanges,
    clock,
  });
  const roadmap = createRoadmapService({
    db,
    announcements: announcementRepository,
    settings: methodSettings,
    analysis: analysisRepository,
    scores: analysisScores,
    materiality: materialityRepository,
    matrix,
    workshops: workshopRepository,
    followUps: followUpRepository,
    followUpReads,
    listGoals: (board) => goals.list(board),
    clock,
  });
  const analysis = createAnalysisService({
    db,
    repo: analysisRepository,
    scores: analysisScores,
    boardChanges,
    method,
    clock,
  });
  const triage = createTriageService({
    triage: createTriageRepository(db),
    suggestions: suggestionRepository,
    boards: boardRepository,
    boardChanges,
    clock,
    discardPhotos: (names) => photos.discard(names),
  });
  const accounts = createAccountService({
    db,
    accounts: accountRepository,
    boards: boardRepository,
    throttle: createLoginThrottle(db, clock),
    setupCodes,
    clock,
    hasher,
    hashes: createHashLimiter(deps.hashLimits),
  });
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
    accounts,
    boards: createBoardService({ boards: boardRepository, clock, publicUrl }),
    devices: createDeviceService({
      devices: deviceRepository,
      boards: boardRepository,
      clock,
      wasReplacedJoinToken: (token) => boardLinks.wasReplaced('join', token),
    }),
    goals,
    method,
    followUps,
    followUpTallies,
    /** The weekly board meeting: "since last time", started and ended by a lead. */
    meetings: createMeetingService({
      repo: createMeetingRepository(db),
      followUps: followUpReads,
      listGoals: (board) => goals.list(board),
      settings: methodSettings,
      method,
      boardChanges,
      clock,
    }),
    participation,
    /** The analytics page and the participation target. */
    analytics,
    methodSettings,
    analysis,
    /** A board's data for leads: the whole history as JSON, tables as CSV (both streamed). */
    boardExport: createBoardExport({
      repo: createExportRepository(db),
      analysis,
      workshops,
      announcements: announcementReads,
      followUps: followUpReads,
      materiality: materialityRepository,
      settings: methodSettings,
      clock,
    }),
    materiality,
    voterCounts,
    announcements,
    ackCounts,
    roadmap,
    reports: createReportService({
      repo: createReportRepository(db),
      roadmap,
      analysis: analysisRepository,
      scores: analysisScores,
      matrix,
      materiality: materialityRepository,
      workshops: workshopRepository,
      announcements: announcementRepository,
      listGoals: (board) => goals.list(board),
      participation,
      followUps: followUpReads,
      clock,
    }),
    displays: createDisplayService({ db, clock }),
    suggestions,
    workshops,
    workshopTallies,
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
      unhideEventsOf: (suggestionId) => triage.unhideEvents(suggestionId),
    }),
    /** The printable QR poster: the join URL and when it was last replaced. */
    poster: createPosterService({
      repo: createPosterRepository(db),
      boards: createBoardService({ boards: boardRepository, clock, publicUrl }),
    }),
    /** Many boards, one site: the admin's overview and the site wall. */
    site: createSiteService({
      db,
      repo: createSiteRepository(db),
      boards: boardRepository,
      listGoals: (board) => goals.list(board),
      participation,
      roadmap,
      publicUrl,
      clock,
    }),
    /** The lead's triage list: filters, search, sorting, paging and bulk actions. */
    triage,
    /** A board's own settings (name, language, naming, Done days) and archiving (issue 14). */
    boardSettings: createBoardSettingsService({
      boards: boardRepository,
      repo: createBoardSettingsRepository(db),
      settings: methodSettings,
      boardChanges,
    }),
    /** People: a lead's boards, disabling and enabling accounts. */
    people: createPeopleService({
      db,
      accounts: accountRepository,
      accountService: accounts,
      boards: boardRepository,
      clock,
    }),
    /** The audit log of what leads and admins did (written by modules/audit/audit-hook.ts). */
    audit: createAuditService({ repo: createAuditRepository(db), boards: boardRepository }),
    /** An author's own suggestions: edit or withdraw while New, and what a lead hid. */
    ownSuggestions: createOwnSuggestionService({
      suggestions: suggestionRepository,
      own: createOwnSuggestionRepository(db),
      boards: boardRepository,
      boardChanges,
      discardPhotos: (names) => photos.discard(names),
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
