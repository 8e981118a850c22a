import { leadsBoard, useViewer } from './use-viewer.js';

/** Whether the signed-in user (if any) leads this board. */
export const useIsLead = (boardId: string): boolean => leadsBoard(useViewer(boardId));
