import { defineConfig } from 'vite';
import { appConfig } from '../vite.shared.js';

export default defineConfig(appConfig('/m/'));
