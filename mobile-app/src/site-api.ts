import type { SiteOverview, SiteWallBody, SiteWallSettings } from '@tavla/shared';
import { request } from './api.js';

/** The admin's overview of every board and the site wall's settings (admins only). */
export const fetchSiteOverview = () => request<SiteOverview>('GET', '/api/admin/overview');
export const fetchSiteWall = () => request<SiteWallSettings>('GET', '/api/admin/site-wall');
export const saveSiteWall = (body: SiteWallBody) =>
  request<SiteWallSettings>('PUT', '/api/admin/site-wall', body);
export const replaceSiteWallKey = () =>
  request<SiteWallSettings>('POST', '/api/admin/site-wall/key');
