import type { Analytics, Participation, ParticipationTargetBody } from '@tavla/shared';
import { request } from './api.js';

/** The analytics routes, for the lazily loaded page that uses them. */
const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export const fetchAnalytics = (boardId: string, period: { from: string; to: string }) =>
  request<Analytics>(
    'GET',
    `${base(boardId)}/analytics?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`,
  );

export const setParticipationTarget = (boardId: string, target: number | null) =>
  request<ParticipationTargetBody>('PUT', `${base(boardId)}/participation-target`, { target });

/** This quarter's participation: what the target is measured against. */
export const fetchParticipation = (boardId: string) =>
  request<Participation>('GET', `${base(boardId)}/participation`);
