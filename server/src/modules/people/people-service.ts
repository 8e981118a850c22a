import type { User } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import { conflict, notFound } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import type { AccountRepository, UserRow } from '../accounts/account-repository.js';
import type { AccountService } from '../accounts/account-service.js';
import type { BoardRepository } from '../boards/board-repository.js';

/** A lead lost a board: their sockets of that board are cut off (realtime/lead-board-sockets.ts). */
export type BoardAccessLostListener = (userId: string, boardId: string) => void;

/**
 * What an admin does with people: give a team lead another board or take one away, disable
 * an account (every session of it ends and its sockets are cut off at once) and enable it
 * again (the ended sessions stay ended: the person signs in anew).
 */
export function createPeopleService(deps: {
  db: Db;
  accounts: AccountRepository;
  accountService: AccountService;
  boards: BoardRepository;
  clock: Clock;
}) {
  const { db, accounts, accountService, boards, clock } = deps;
  const lostListeners = new Set<BoardAccessLostListener>();

  function userOr404(userId: string): UserRow {
    const user = accounts.userById(userId);
    if (!user) throw notFound('There is no such user.');
    return user;
  }

  function leadAndBoard(userId: string, boardId: string): UserRow {
    const user = userOr404(userId);
    if (!boards.findById(boardId)) throw notFound('There is no such board.');
    if (user.role !== 'lead') {
      throw conflict('An admin manages every board already.', { code: 'not_a_lead' });
    }
    return user;
  }

  const fresh = (userId: string): User => accountService.toUser(userOr404(userId));

  return {
    /** Gives a lead one more board (a board they have already changes nothing). */
    addBoard(userId: string, boardId: string): User {
      leadAndBoard(userId, boardId);
      accounts.grantBoard(userId, boardId);
      return fresh(userId);
    },

    /** Takes a board from a lead; their open sockets of that board are cut off at once. */
    removeBoard(userId: string, boardId: string): User {
      leadAndBoard(userId, boardId);
      if (accounts.revokeBoard(userId, boardId)) {
        for (const listener of lostListeners) listener(userId, boardId);
      }
      return fresh(userId);
    },

    /**
     * Disables an account: in one transaction it is marked and its sessions deleted, then its
     * sockets are told and disconnected. Not one's own account, and never the last admin.
     */
    disable(actor: UserRow, userId: string): User {
      const target = userOr404(userId);
      if (target.id === actor.id) {
        throw conflict('You cannot disable your own account.', { code: 'disable_self' });
      }
      db.transaction(() => {
        const current = userOr404(userId);
        if (current.disabled_at !== null) return;
        if (current.role === 'admin' && accounts.enabledAdminCount() <= 1) {
          throw conflict('At least one admin must stay enabled.', { code: 'last_admin' });
        }
        accounts.setDisabled(current.id, clock.now().toISOString());
        accounts.deleteSessionsOf(current.id);
      })();
      accountService.sessionsEnded({ userId: target.id, disabled: true });
      return fresh(userId);
    },

    /** Enables a disabled account again; it signs in anew (its old sessions stay ended). */
    enable(userId: string): User {
      userOr404(userId);
      accounts.setDisabled(userId, null);
      return fresh(userId);
    },

    /** Hears about every lead that loses a board; returns an unsubscribe. */
    onBoardAccessLost(listener: BoardAccessLostListener): () => void {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
