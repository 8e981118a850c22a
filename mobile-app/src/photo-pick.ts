/** Picture types by file name, for pickers that give no MIME type (some Android galleries). */
const PICTURE_NAME = /\.(jpe?g|png|webp|heic|heif|avif|gif|bmp)$/i;

/**
 * Whether a picked file is a picture. Without `capture`, Android offers the camera and the
 * gallery, and a file manager too, so a PDF or a video can come back although the input asks
 * for `image/*`. The browser's type decides; a file without one is judged by its name.
 */
export function isPicture(file: { type: string; name: string }): boolean {
  if (file.type !== '') return file.type.toLowerCase().startsWith('image/');
  return PICTURE_NAME.test(file.name);
}
