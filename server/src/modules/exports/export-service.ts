import {
  dimensionLabel,
  localDay,
  statusLabel,
  type Action,
  type Language,
  type MatrixPoint,
} from '@tavla/shared';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  type BoardExport,
  type ExportCsvTable,
  type ExportGoal,
  type ExportSuggestion,
} from '@tavla/shared/board-export';
import { EXPORT_MESSAGES, type ExportMessageKey } from '@tavla/shared/i18n-export';
import type { Clock } from '../../lib/clock.js';
import type { AnalysisService } from '../analysis/analysis-service.js';
import type { AnnouncementReads } from '../announcements/announcement-reads.js';
import type { BoardRow } from '../boards/board-repository.js';
import { toAction, type FollowUpReads } from '../follow-ups/follow-up-reads.js';
import type { GoalRow } from '../goals/goal-repository.js';
import type { MaterialityRepository } from '../materiality/materiality-repository.js';
import type { MethodSettings } from '../method/method-settings.js';
import { goalFields, toMeasurement } from '../goals/goal-service.js';
import type { WorkshopService } from '../workshops/workshop-service.js';
import type {
  CommentRow,
  ExportActionRow,
  ExportRepository,
  ExportSuggestionRow,
} from './export-repository.js';
import { eachPage, jsonArray, keysetPages } from './paged-stream.js';
import type { CsvCell, CsvColumn } from './csv-stream.js';

/** Rows grouped by the suggestion they belong to (the page's history or comments). */
function bySuggestion<T extends { suggestion_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.suggestion_id);
    if (group) group.push(row);
    else groups.set(row.suggestion_id, [row]);
  }
  return groups;
}

/** Each page of `pages`, mapped as a whole (to read what its rows own in one query). */
function* mapPages<A, B>(pages: Iterable<A[]>, map: (rows: A[]) => B[]): Generator<B[]> {
  for (const rows of pages) yield map(rows);
}

const toGoal = (row: GoalRow): Omit<ExportGoal, 'measurements'> => ({
  id: row.id,
  ...goalFields(row),
});

/**
 * A time as people read it in a spreadsheet: `YYYY-MM-DD HH:MM` in the server's local time
 * (the server stands in the factory), which Excel takes as a date in either language.
 */
export function readableTime(iso: string | null): string | null {
  if (iso === null) return null;
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ` +
    `${pad(at.getHours())}:${pad(at.getMinutes())}`
  );
}

type Row = Record<string, CsvCell>;

/** A CSV table: its columns in the board's language and its rows, a page at a time. */
export interface CsvTable {
  columns: CsvColumn[];
  pages: AsyncGenerator<Row[]>;
}

/**
 * A board's whole history for a lead (`export.json`) and the tables people open in Excel
 * (`export/:table.csv`). Both are produced page by page (see paged-stream.ts) and written to
 * the reply as they come, so a board with 100,000 suggestions exports in flat memory.
 */
export function createBoardExport(deps: {
  repo: ExportRepository;
  analysis: AnalysisService;
  workshops: WorkshopService;
  announcements: AnnouncementReads;
  followUps: FollowUpReads;
  materiality: MaterialityRepository;
  settings: MethodSettings;
  clock: Clock;
}) {
  const { repo, analysis, workshops, announcements, followUps, clock } = deps;

  const suggestionPages = (board: BoardRow) =>
    keysetPages(
      (after) => repo.suggestions(board.id, after),
      (row) => row.created_at,
    );
  const goalPages = (board: BoardRow) =>
    keysetPages(
      (after) => repo.goals(board.id, after),
      (row) => row.created_at,
    );
  const measurementPages = (goalId: string) =>
    keysetPages(
      (after) => repo.measurements(goalId, after),
      (row) => row.measured_on,
    );
  const actionPages = (board: BoardRow) =>
    keysetPages(
      (after) => repo.actions(board.id, after),
      (row) => row.created_at,
    );

  /** A page of suggestions with their status history and visible comments (two queries). */
  function suggestionsOf(rows: ExportSuggestionRow[]): ExportSuggestion[] {
    const ids = rows.map((row) => row.id);
    const history = bySuggestion(repo.historyOf(ids));
    const comments = bySuggestion<CommentRow>(repo.commentsOf(ids));
    return rows.map((row) => ({
      id: row.id,
      text: row.text,
      dimension: row.dimension,
      authorName: row.author_name,
      status: row.status,
      statusNote: row.status_note,
      duplicateOf: row.duplicate_of,
      statusChangedAt: row.status_changed_at,
      goalId: row.goal_id,
      votes: row.vote_count,
      comments: row.comment_count,
      hasPhoto: row.photo_name !== null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      history: (history.get(row.id) ?? []).map((event) => ({
        from: event.from_status,
        to: event.to_status,
        note: event.note,
        by: event.actor_name,
        at: event.created_at,
      })),
      thread: (comments.get(row.id) ?? []).map((comment) => ({
        id: comment.id,
        text: comment.text,
        authorName: comment.author_name,
        lead: comment.is_lead === 1,
        createdAt: comment.created_at,
      })),
    }));
  }

  async function* goalJson(row: GoalRow): AsyncGenerator<string> {
    // The goal's own fields, then its measurements as they are read.
    yield `${JSON.stringify(toGoal(row)).slice(0, -1)},"measurements":`;
    yield* jsonArray(measurementPages(row.id), (m) => JSON.stringify(toMeasurement(m)));
    yield '}';
  }

  function roundJson(board: BoardRow, roundId: string): string {
    const { round, answers } = analysis.round(board, roundId);
    const texts = new Map(
      repo
        .questionTexts(board.id, roundId)
        .map((v) => [
          `${v.question_id}@${String(v.version)}`,
          board.language === 'sv' ? v.text_sv : v.text_en,
        ]),
    );
    return JSON.stringify({
      round,
      answers: answers.map((answer) => ({
        ...answer,
        question: texts.get(`${answer.questionId}@${String(answer.questionVersion)}`) ?? '',
      })),
    });
  }

  function sessionJson(board: BoardRow, sessionId: string): string {
    const { session, activities } = workshops.sessionResults(board, sessionId);
    const words = repo.sessionWords(sessionId);
    const ideas = repo.sessionIdeas(sessionId);
    return JSON.stringify({
      id: session.id,
      title: session.title,
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      devices: session.devices,
      activities: activities.map((entry) => ({
        ...entry,
        ...(entry.activity.kind === 'wordcloud'
          ? {
              words: words
                .filter((w) => w.activity_id === entry.activity.id)
                .map(({ key, text, count }) => ({ key, text, count })),
            }
          : {}),
        ...(entry.activity.kind === 'ideas'
          ? {
              ideas: ideas
                .filter((i) => i.activity_id === entry.activity.id)
                .map((i) => ({
                  id: i.id,
                  text: i.text,
                  dimension: i.dimension,
                  upvotes: i.upvotes,
                  createdAt: i.created_at,
                  suggestionId: i.suggestion_id,
                })),
            }
          : {}),
      })),
    });
  }

  /** The document's sections in order: name, then the array's elements as they are read. */
  function sections(board: BoardRow): [keyof BoardExport, AsyncGenerator<string>][] {
    return [
      [
        'suggestions',
        jsonArray(mapPages(suggestionPages(board), suggestionsOf), (s) => JSON.stringify(s)),
      ],
      ['goals', jsonArray(goalPages(board), goalJson)],
      [
        'analysisRounds',
        jsonArray(
          keysetPages(
            // Rounds are numbered per board: the ordinal is their key.
            (after) =>
              repo.rounds(board.id, after.rowid).map((row) => ({ ...row, rowid: row.ordinal })),
            () => '',
          ),
          (row) => roundJson(board, row.id),
        ),
      ],
      [
        'interestVotes',
        jsonArray(
          keysetPages(
            (after) => repo.votes(board.id, after),
            (row) => row.opened_at,
          ),
          (row) => {
            const categories = repo
              .voteDots(row.id)
              .map((c) => ({ categoryId: c.category_id, dots: c.dots }));
            return JSON.stringify({
              id: row.id,
              openedAt: row.opened_at,
              closedAt: row.closed_at,
              voters: deps.materiality.voters(row.id),
              dots: categories.reduce((sum, c) => sum + c.dots, 0),
              categories,
            });
          },
        ),
      ],
      [
        'matrices',
        jsonArray(
          keysetPages(
            (after) => repo.matrices(board.id, after),
            (row) => row.created_at,
          ),
          (row) =>
            JSON.stringify({
              voteId: row.vote_id,
              roundId: row.round_id,
              split: row.split,
              points: JSON.parse(row.points) as MatrixPoint[],
              createdAt: row.created_at,
            }),
        ),
      ],
      [
        'workshopSessions',
        jsonArray(
          keysetPages(
            (after) => repo.sessions(board.id, after),
            (row) => row.started_at,
          ),
          (row) => sessionJson(board, row.id),
        ),
      ],
      [
        'announcements',
        jsonArray(
          keysetPages(
            (after) => repo.announcements(board.id, after),
            (row) => row.published_at,
          ),
          (row) => JSON.stringify(announcements.toAnnouncement(row)),
        ),
      ],
      [
        'meetings',
        jsonArray(
          keysetPages(
            (after) => repo.meetings(board.id, after),
            (row) => row.started_at,
          ),
          (row) =>
            JSON.stringify({
              id: row.id,
              since: row.since,
              startedAt: row.started_at,
              endedAt: row.ended_at,
            }),
        ),
      ],
      [
        'followUps',
        jsonArray(
          keysetPages(
            (after) => repo.followUps(board.id, after),
            (row) => row.started_at,
          ),
          (row) => {
            const detail = followUps.detail(row);
            // Hidden notes are the lead's to see in the app, not to hand on.
            const notes = detail.notes
              .filter((note) => note.hidden !== true)
              .map((note) => ({
                id: note.id,
                kind: note.kind,
                text: note.text,
                votes: note.votes,
                createdAt: note.createdAt,
              }));
            return JSON.stringify({ ...detail, notes });
          },
        ),
      ],
      ['actions', jsonArray(actionPages(board), (row) => JSON.stringify(toAction(row)))],
    ];
  }

  function label(language: Language, key: ExportMessageKey): string {
    return EXPORT_MESSAGES[language][key];
  }
  const column = (language: Language, key: string, header: ExportMessageKey): CsvColumn => ({
    key,
    header: label(language, header),
  });

  async function* suggestionRows(board: BoardRow): AsyncGenerator<Row[]> {
    const { language } = board;
    yield* eachPage(suggestionPages(board), (rows) =>
      rows.map((row) => ({
        id: row.id,
        createdAt: readableTime(row.created_at),
        text: row.text,
        dimension: dimensionLabel(language, row.dimension),
        status: statusLabel(language, row.status),
        statusChangedAt: readableTime(row.status_changed_at),
        statusNote: row.status_note,
        authorName: row.author_name,
        votes: row.vote_count,
        comments: row.comment_count,
        goal: row.goal_title,
        photo: label(language, row.photo_name === null ? 'export.csv.no' : 'export.csv.yes'),
      })),
    );
  }

  async function* measurementRows(board: BoardRow): AsyncGenerator<Row[]> {
    for (const goals of goalPages(board)) {
      for (const goal of goals) {
        yield* eachPage(measurementPages(goal.id), (rows) =>
          rows.map((row) => ({
            goal: goal.title,
            unit: goal.unit,
            measuredOn: row.measured_on,
            value: row.value,
            note: row.note,
            recordedBy: row.recorded_by,
            createdAt: readableTime(row.created_at),
          })),
        );
      }
    }
  }

  async function* actionRows(board: BoardRow): AsyncGenerator<Row[]> {
    const { language } = board;
    yield* eachPage(actionPages(board), (rows: ExportActionRow[]) =>
      rows.map((row) => {
        const action: Action = toAction(row);
        return {
          createdAt: readableTime(action.createdAt),
          text: action.text,
          owner: action.owner,
          dueDate: action.dueDate,
          state: label(language, `export.csv.action.${action.state}`),
          closedAt: readableTime(action.closedAt),
          followUp: row.follow_up_started_at?.slice(0, 10) ?? null,
        };
      }),
    );
  }

  return {
    /** `<board-slug>-<table>-<today>.<ext>`, today in the server's local time. */
    fileName: (board: BoardRow, table: string, ext: string) =>
      exportFileName(board.name, table, localDay(clock.now()), ext),

    /** The whole board as JSON text, written piece by piece (BoardExportSchema's shape). */
    async *json(board: BoardRow): AsyncGenerator<string> {
      const settings = deps.settings.get(board.id);
      const head: Pick<BoardExport, 'format' | 'version' | 'exportedAt' | 'board'> = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: clock.now().toISOString(),
        board: {
          id: board.id,
          name: board.name,
          language: board.language,
          createdAt: board.created_at,
          employees: settings.employees,
          participationTarget: settings.participation_target,
        },
      };
      yield JSON.stringify(head).slice(0, -1);
      for (const [name, elements] of sections(board)) {
        yield `,${JSON.stringify(name)}:`;
        yield* elements;
      }
      yield '}';
    },

    /** One of the tables for Excel: columns in the board's language, rows page by page. */
    csv(board: BoardRow, table: ExportCsvTable): CsvTable {
      const { language } = board;
      const c = (key: string, header: ExportMessageKey) => column(language, key, header);
      switch (table) {
        case 'suggestions':
          return {
            columns: [
              c('id', 'export.csv.id'),
              c('createdAt', 'export.csv.createdAt'),
              c('text', 'export.csv.text'),
              c('dimension', 'export.csv.dimension'),
              c('status', 'export.csv.status'),
              c('statusChangedAt', 'export.csv.statusChangedAt'),
              c('statusNote', 'export.csv.statusNote'),
              c('authorName', 'export.csv.authorName'),
              c('votes', 'export.csv.votes'),
              c('comments', 'export.csv.comments'),
              c('goal', 'export.csv.goal'),
              c('photo', 'export.csv.photo'),
            ],
            pages: suggestionRows(board),
          };
        case 'measurements':
          return {
            columns: [
              c('goal', 'export.csv.goal'),
              c('unit', 'export.csv.unit'),
              c('measuredOn', 'export.csv.measuredOn'),
              c('value', 'export.csv.value'),
              c('note', 'export.csv.note'),
              c('recordedBy', 'export.csv.recordedBy'),
              c('createdAt', 'export.csv.createdAt'),
            ],
            pages: measurementRows(board),
          };
        case 'actions':
          return {
            columns: [
              c('createdAt', 'export.csv.createdAt'),
              c('text', 'export.csv.text'),
              c('owner', 'export.csv.owner'),
              c('dueDate', 'export.csv.dueDate'),
              c('state', 'export.csv.state'),
              c('closedAt', 'export.csv.closedAt'),
              c('followUp', 'export.csv.followUp'),
            ],
            pages: actionRows(board),
          };
      }
    },
  };
}

export type BoardExportService = ReturnType<typeof createBoardExport>;
