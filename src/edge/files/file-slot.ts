import type { Attachment } from 'botbuilder';
import type { FileKind } from './outgoing-file';

/**
 * Where a file goes in a turn's messages. render() is pure and quick; the file is made when the
 * messages go out (with-files.ts), in her channel's way: a PDF takes a moment, and in Teams it is
 * made only once she consents.
 */
export const FILE_SLOT = 'application/vnd.first-week.file-slot';

export const fileSlot = (file: FileKind): Attachment => ({ contentType: FILE_SLOT, content: { file } });

export function slotFile(attachment: Attachment): FileKind | undefined {
  return attachment.contentType === FILE_SLOT ? (attachment.content as { file: FileKind }).file : undefined;
}
