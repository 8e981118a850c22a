import {
  pinnedUntil,
  type Announcement,
  type AnnouncementBody,
  type AnnouncementList,
} from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import { AppError, invalid, notFound } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { MethodStateService } from '../method/method-state.js';
import type { BoardPhotoRepository } from '../photos/board-photo-repository.js';
import type { AckCounts } from './ack-counts.js';
import type { AnnouncementReads } from './announcement-reads.js';
import type { AnnouncementRepository, AnnouncementRow } from './announcement-repository.js';

const retired = () =>
  new AppError(409, 'announcement_retired', 'The announcement was retired; it no longer applies.');

/**
 * Step 5 of the method: a lead tells everyone what now applies. Publishing, editing, retiring
 * and recording a board meeting are method changes that every screen gets at once; a change of
 * the title or text is a new version that every phone is asked to acknowledge again. A phone
 * acknowledges once per version; the counts go out coalesced (`AckCounts`).
 */
export function createAnnouncementService(deps: {
  db: Db;
  repo: AnnouncementRepository;
  reads: AnnouncementReads;
  boardPhotos: BoardPhotoRepository;
  /** Throws unless the goal is an active goal of the board. */
  checkGoal: (board: BoardRow, goalId: string) => void;
  settings: MethodSettings;
  method: MethodStateService;
  ackCounts: AckCounts;
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { db, repo, reads, boardPhotos, checkGoal, settings, method, ackCounts } = deps;
  const { boardChanges, clock } = deps;

  function rowOf(board: BoardRow, id: string): AnnouncementRow {
    const row = repo.byId(id);
    if (!row || row.board_id !== board.id) {
      throw notFound('There is no such announcement on this board.');
    }
    return row;
  }

  /**
   * Refuses a photo or a goal that is not the board's own (before anything is written). An
   * edit may keep the goal it had even when that goal is no longer active (reached, say).
   */
  function checkLinks(board: BoardRow, body: AnnouncementBody, before?: AnnouncementRow): void {
    if (body.photoId !== null && boardPhotos.byId(body.photoId)?.board_id !== board.id) {
      throw invalid('Use a photo uploaded for this board.', { field: 'photoId' });
    }
    if (body.goalId !== null && body.goalId !== before?.goal_id) checkGoal(board, body.goalId);
  }

  /** Commits a method change and answers the announcement as it is after it. */
  function commitChange(board: BoardRow, id: string, apply: (at: string) => void): Announcement {
    boardChanges.commit(board, (seq, at) => {
      apply(at);
      // The change carries every count as it is now: nothing is left for the batch to send.
      repo.markAcksSent(board.id);
      return method.changed(board, seq);
    });
    return reads.toAnnouncement(rowOf(board, id));
  }

  const live = (board: BoardRow, id: string): AnnouncementRow => {
    const row = rowOf(board, id);
    if (row.retired_at !== null) throw retired();
    return row;
  };

  return {
    /**
     * The board's announcements: the current ones (pinned, or routines in force), or for a lead
     * asking for `all` every one, retired and run out too. A phone learns which it acknowledged.
     */
    list(board: BoardRow, options: { all: boolean; deviceId: string | null }): AnnouncementList {
      const rows = options.all
        ? repo.ofBoard(board.id)
        : repo.current(board.id, clock.now().toISOString());
      const mine =
        options.deviceId === null ? null : repo.acknowledgedBy(board.id, options.deviceId);
      return {
        announcements: rows.map((row) => {
          const announcement = reads.toAnnouncement(row);
          return mine === null ? announcement : { ...announcement, acknowledged: mine.has(row.id) };
        }),
        employees: settings.get(board.id).employees,
      };
    },

    publish(board: BoardRow, lead: UserRow, body: AnnouncementBody): Announcement {
      checkLinks(board, body);
      const id = newId();
      return commitChange(board, id, (at) =>
        repo.insert({
          id,
          board_id: board.id,
          kind: body.kind,
          title: body.title,
          text: body.text,
          photo_id: body.photoId,
          goal_id: body.goalId,
          requires_ack: body.requiresAck ? 1 : 0,
          pinned_days: body.pinnedDays,
          published_at: at,
          published_by: lead.id,
          changed_at: at,
          version: 1,
          pinned_until: pinnedUntil(new Date(at), body.pinnedDays),
          retired_at: null,
          retired_by: null,
          acks_sent: 0,
        }),
      );
    },

    /**
     * Edits an announcement. A new title or text is a new version: it is pinned again from now
     * and every phone is asked again (acknowledgements of the older version no longer count).
     */
    edit(board: BoardRow, id: string, body: AnnouncementBody): Announcement {
      checkLinks(board, body, live(board, id));
      return commitChange(board, id, (at) => {
        const row = repo.byId(id);
        if (!row || row.retired_at !== null) throw retired();
        const changed = row.title !== body.title || row.text !== body.text;
        const from = changed ? at : row.changed_at;
        repo.update({
          id,
          kind: body.kind,
          title: body.title,
          text: body.text,
          photo_id: body.photoId,
          goal_id: body.goalId,
          requires_ack: body.requiresAck ? 1 : 0,
          pinned_days: body.pinnedDays,
          changed_at: from,
          version: changed ? row.version + 1 : row.version,
          pinned_until: pinnedUntil(new Date(from), body.pinnedDays),
          acks_sent: changed ? 0 : row.acks_sent,
        });
      });
    },

    retire(board: BoardRow, lead: UserRow, id: string): Announcement {
      live(board, id);
      return commitChange(board, id, (at) => {
        if (!repo.retire(id, at, lead.id)) throw retired();
      });
    },

    /** "Gone through at the board meeting with N present", for people without phones. */
    recordMeeting(board: BoardRow, lead: UserRow, id: string, present: number): Announcement {
      live(board, id);
      return commitChange(board, id, (at) => {
        if (repo.byId(id)?.retired_at !== null) throw retired();
        repo.insertMeeting({ announcement_id: id, at, present, recorded_by: lead.id });
      });
    },

    /**
     * This device read and understood the given version. Stored once per device and version
     * (a retry changes nothing); an older version is refused, since its text is not what
     * applies now. The count goes out with the next batch.
     */
    acknowledge(board: BoardRow, deviceId: string, id: string, version: number): Announcement {
      const stored = db.transaction(() => {
        const row = live(board, id);
        if (!row.requires_ack) {
          throw invalid('This announcement asks for no acknowledgement.', {
            field: 'announcementId',
          });
        }
        if (version !== row.version) {
          throw new AppError(
            409,
            'announcement_changed',
            'The announcement changed since this version; read it again.',
            { field: 'version' },
          );
        }
        repo.acknowledge(id, version, deviceId, clock.now().toISOString());
        return row;
      })();
      ackCounts.schedule(board.id);
      return { ...reads.toAnnouncement(stored), acknowledged: true };
    },
  };
}

export type AnnouncementService = ReturnType<typeof createAnnouncementService>;
