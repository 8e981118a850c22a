import { describe, expect, it } from 'vitest';
import { isPicture } from './photo-pick.js';

describe('isPicture', () => {
  it('takes every picture type a phone camera or gallery gives', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'IMAGE/JPEG']) {
      expect(isPicture({ type, name: 'x' }), type).toBe(true);
    }
  });

  it('refuses what a file manager can pick besides pictures', () => {
    for (const type of ['application/pdf', 'video/mp4', 'text/plain', 'audio/mpeg']) {
      expect(isPicture({ type, name: 'photo.jpg' }), type).toBe(false);
    }
  });

  it('judges a file without a type by its name', () => {
    expect(isPicture({ type: '', name: 'IMG_2041.JPG' })).toBe(true);
    expect(isPicture({ type: '', name: 'scan.heic' })).toBe(true);
    expect(isPicture({ type: '', name: 'notes.pdf' })).toBe(false);
    expect(isPicture({ type: '', name: 'jpg' })).toBe(false);
  });
});
