import type {
  AnalysisQuestion,
  AnalysisQuestions,
  AnalysisRound,
  AnalysisRoundDetail,
  AnswerBody,
  AnswerType,
  CurrentVote,
  Goal,
  GoalInput,
  InterestVote,
  LocalText,
  Materiality,
  MatrixSplit,
  MethodState,
  Roadmap,
  WallCycle,
  WallView,
} from '@tavla/shared';
import type { AnalysisCategoryId, DotPlacement } from '@tavla/shared/method';
import { request } from './api.js';

/**
 * The method's routes (steps 2 and 3 and the roadmap), typed with the shared wire shapes. Kept
 * apart from api.ts so only the pages that use them download them.
 */

const board = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
const part = (id: string) => encodeURIComponent(id);

export const fetchRoadmap = (boardId: string) =>
  request<Roadmap>('GET', `${board(boardId)}/roadmap`);

// ── The question bank ──

export const fetchQuestions = (boardId: string) =>
  request<AnalysisQuestions>('GET', `${board(boardId)}/analysis/questions`);
export const addQuestion = (
  boardId: string,
  body: { categoryId: AnalysisCategoryId; type: AnswerType; text: LocalText; help: LocalText },
) => request<AnalysisQuestion>('POST', `${board(boardId)}/analysis/questions`, body);
export const editQuestion = (
  boardId: string,
  questionId: string,
  body: { text: LocalText; help: LocalText },
) =>
  request<AnalysisQuestion>(
    'PUT',
    `${board(boardId)}/analysis/questions/${part(questionId)}`,
    body,
  );
export const retireQuestion = (boardId: string, questionId: string) =>
  request<undefined>('POST', `${board(boardId)}/analysis/questions/${part(questionId)}/retire`);

// ── Rounds and answers ──

const rounds = (boardId: string) => `${board(boardId)}/analysis/rounds`;
/** Newest first. */
export const fetchRounds = (boardId: string) =>
  request<{ rounds: AnalysisRound[] }>('GET', rounds(boardId));
export const startRound = (boardId: string, name: string) =>
  request<AnalysisRound>('POST', rounds(boardId), { name });
export const fetchRound = (boardId: string, roundId: string) =>
  request<AnalysisRoundDetail>('GET', `${rounds(boardId)}/${part(roundId)}`);
/** Answers one question; the round comes back with its scores updated. */
export const saveAnswer = (
  boardId: string,
  roundId: string,
  questionId: string,
  body: AnswerBody,
) =>
  request<AnalysisRound>(
    'PUT',
    `${rounds(boardId)}/${part(roundId)}/answers/${part(questionId)}`,
    body,
  );
export const finishRound = (boardId: string, roundId: string) =>
  request<AnalysisRound>('POST', `${rounds(boardId)}/${part(roundId)}/finish`);

// ── Interest vote ──

const votes = (boardId: string) => `${board(boardId)}/interest-votes`;
export const openVote = (boardId: string) => request<InterestVote>('POST', votes(boardId), {});
/** The open (or latest) vote and this device's dots in it. */
export const fetchCurrentVote = (boardId: string) =>
  request<CurrentVote>('GET', `${votes(boardId)}/current`);
/** Replaces this device's whole placement (the last write wins). */
export const placeDots = (boardId: string, voteId: string, dots: DotPlacement) =>
  request<CurrentVote>('PUT', `${votes(boardId)}/${part(voteId)}/dots`, { dots });
export const closeVote = (boardId: string, voteId: string) =>
  request<InterestVote>('POST', `${votes(boardId)}/${part(voteId)}/close`);

// ── Matrix, the wall, goals drafted from the matrix ──

export const fetchMateriality = (boardId: string) =>
  request<Materiality>('GET', `${board(boardId)}/materiality`);
export const setMatrixSplit = (boardId: string, split: MatrixSplit) =>
  request<Materiality>('PUT', `${board(boardId)}/materiality/split`, { split });

/** Puts a scene on the wall for a while (`cycle` lets the wall cycle again). */
export const showOnWall = (boardId: string, view: WallView, minutes?: number) =>
  request<MethodState>('PUT', `${board(boardId)}/wall-view`, {
    view,
    ...(minutes === undefined ? {} : { minutes }),
  });

/** Which scenes the wall cycles through, in order, and for how long each (the whole cycle). */
export const setWallCycle = (boardId: string, cycle: WallCycle) =>
  request<MethodState>('PUT', `${board(boardId)}/wall-cycle`, { cycle });

/** Where a goal draft came from: a point of the matrix (its vote and category). */
export interface GoalOrigin {
  voteId: string;
  categoryId: AnalysisCategoryId;
}
export const createGoalWithOrigin = (boardId: string, input: GoalInput, origin: GoalOrigin) =>
  request<Goal>('POST', `${board(boardId)}/goals`, { ...input, origin });
