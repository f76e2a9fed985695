// Which file a drop or a paste gives a media item, by the item's kind.

const ACCEPTED = {
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  audio: ['audio/'],
};

/** The `accept` attribute of a file picker for items of `kind`. */
export function acceptFor(kind) {
  return kind === 'image' ? ACCEPTED.image.join(',') : 'audio/*';
}

/** Whether a file's type suits items of `kind` (image: JPEG, PNG, WebP, GIF; audio: any audio type). */
export function suits(file, kind) {
  const type = (file && file.type) || '';
  return (ACCEPTED[kind] || []).some((accepted) => (accepted.endsWith('/') ? type.startsWith(accepted) : type === accepted));
}

/**
 * The first file of a drop (a DataTransfer) that suits `kind`: {file}, or {error} when files were dropped but none
 * suits, or {} when nothing was dropped (text, a link).
 */
export function droppedFile(dataTransfer, kind) {
  const files = [...((dataTransfer && dataTransfer.files) || [])];
  if (!files.length) return {};
  const file = files.find((f) => suits(f, kind));
  if (file) return { file };
  return { error: kind === 'image' ? 'Drop an image: JPEG, PNG, WebP or GIF.' : 'Drop an audio file.' };
}

/** The image of a paste (a ClipboardEvent's clipboardData), or null when it holds none. */
export function pastedImage(clipboardData) {
  return [...((clipboardData && clipboardData.files) || [])].find((f) => suits(f, 'image')) || null;
}
