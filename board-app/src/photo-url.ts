/**
 * Where the server serves a photo that an announcement or a workshop slide names by its id:
 * the photo route (`GET /photos/:name`, the same one a suggestion's `photo.url` points at), the
 * id being the stored file's name without its `.webp`.
 */
export function photoUrl(photoId: string): string {
  return `/photos/${encodeURIComponent(photoId)}.webp`;
}
