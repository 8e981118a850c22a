import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BoardPhoto, Suggestion } from '@tavla/shared';
import { boardPhotoUrls } from '@tavla/shared';
import { newId } from '../../lib/random-token.js';
import { forbidden, notFound } from '../../http/app-error.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { SuggestionRepository } from '../suggestions/suggestion-repository.js';
import { suggestionUpdated } from '../suggestions/suggestion-service.js';
import type { Clock } from '../../lib/clock.js';
import type { UserRow } from '../accounts/account-repository.js';
import { boardPhotoFiles, type BoardPhotoRepository } from './board-photo-repository.js';
import { processPhoto } from './photo-processing.js';

/**
 * Writes a file atomically: a reader never sees half a photo. A write that fails (a full disk)
 * leaves nothing behind, not even an empty temporary file.
 */
export function writeAtomically(path: string, data: Buffer): void {
  const temporary = `${path}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Temporary files a crash (or an older version on a full disk) left behind. */
export function removeTemporaryFiles(dir: string): number {
  const leftovers = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
  for (const name of leftovers) rmSync(join(dir, name), { force: true });
  return leftovers.length;
}

/**
 * Photos with suggestions. Only the phone that posted a suggestion may add its photo; a new
 * upload replaces the old one and its files are deleted, so a retried upload (the phone's
 * outbox sends again when it never saw the answer) leaves one photo behind. Files get
 * generated names (128 random bits) in `photoDir`.
 */
export function createPhotoService(deps: {
  suggestions: SuggestionRepository;
  boardChanges: BoardChanges;
  photoDir: string;
  /** Photos a lead uploads for the board itself (an announcement's). */
  boardPhotos: BoardPhotoRepository;
  clock: Clock;
}) {
  const { suggestions, boardChanges, photoDir, boardPhotos, clock } = deps;
  mkdirSync(photoDir, { recursive: true });
  removeTemporaryFiles(photoDir);

  return {
    photoDir,

    /** The file of a photo that may be shown, or undefined (hidden, replaced, never there). */
    servedPath(name: string): string | undefined {
      if (!suggestions.isServedPhoto(name) && !boardPhotos.isBoardPhotoFile(name)) return undefined;
      const path = join(photoDir, name);
      return existsSync(path) ? path : undefined;
    },

    /** Deletes photo files nothing shows any more (a hidden suggestion's). */
    discard(names: readonly string[]): void {
      for (const name of names) rmSync(join(photoDir, name), { force: true });
    },

    /**
     * A photo for the board itself, uploaded by a lead: re-encoded like a suggestion's, kept
     * under its id, and referred to by that id (an announcement of the same board only).
     */
    async uploadForBoard(board: BoardRow, lead: UserRow, upload: Buffer): Promise<BoardPhoto> {
      const processed = await processPhoto(upload);
      const id = newId();
      const files = boardPhotoFiles(id);
      try {
        writeAtomically(join(photoDir, files.photo), processed.photo);
        writeAtomically(join(photoDir, files.thumb), processed.thumb);
        boardPhotos.insert({
          id,
          board_id: board.id,
          uploaded_at: clock.now().toISOString(),
          uploaded_by: lead.id,
        });
      } catch (error) {
        for (const name of [files.photo, files.thumb])
          rmSync(join(photoDir, name), { force: true });
        throw error;
      }
      return { id, ...boardPhotoUrls(id) };
    },

    async attach(
      board: BoardRow,
      deviceId: string,
      suggestionId: string,
      upload: Buffer,
    ): Promise<Suggestion> {
      const row = suggestions.findVisible(board.id, suggestionId);
      if (!row) throw notFound('There is no such suggestion on this board.');
      if (row.device_id !== deviceId)
        throw forbidden('Only the phone that posted a suggestion can add its photo.');
      const processed = await processPhoto(upload);
      const name = newId();
      const photo = `${name}.webp`;
      const thumb = `${name}-thumb.webp`;
      let replaced: string[] = [];
      let updated: Suggestion;
      try {
        writeAtomically(join(photoDir, photo), processed.photo);
        writeAtomically(join(photoDir, thumb), processed.thumb);
        updated = boardChanges.commit(board, (seq, at) => {
          // Read again inside the transaction: a concurrent upload may have landed meanwhile.
          const current = suggestions.findById(row.id);
          replaced = [current?.photo_name, current?.thumb_name].filter((n) => n != null);
          suggestions.setPhoto({ id: row.id, photo, thumb, at, seq });
          return suggestionUpdated(suggestions, row.id, seq);
        }).payload.suggestion;
      } catch (error) {
        // Nothing refers to these files (a full disk, say): they must not fill it further.
        for (const name of [photo, thumb]) rmSync(join(photoDir, name), { force: true });
        throw error;
      }
      for (const name of replaced) rmSync(join(photoDir, name), { force: true });
      return updated;
    },
  };
}

export type PhotoService = ReturnType<typeof createPhotoService>;
