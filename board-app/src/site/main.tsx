import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SiteWall } from './SiteWall.js';
import '../styles.css';
import './site.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <SiteWall siteKey={new URLSearchParams(window.location.search).get('key')} />
  </StrictMode>,
);
