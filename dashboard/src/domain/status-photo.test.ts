import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES, photoProblem } from './status-photo.ts';

describe('the photo of a status change', () => {
  it('when it is a JPEG, PNG or WebP up to 5 MB, then it is accepted', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 1 })).toBeNull();
    expect(photoProblem({ type: 'image/png', size: PHOTO_MAX_BYTES })).toBeNull();
    expect(photoProblem({ type: 'image/webp', size: 2048 })).toBeNull();
  });

  it('when it is another type, empty, or over 5 MB, then the reason says so', () => {
    expect(photoProblem({ type: 'application/pdf', size: 10 })).toMatch(/JPEG, PNG, atau WebP/);
    expect(photoProblem({ type: 'image/gif', size: 10 })).toMatch(/JPEG/);
    expect(photoProblem({ type: 'image/png', size: 0 })).toMatch(/kosong/);
    expect(photoProblem({ type: 'image/jpeg', size: PHOTO_MAX_BYTES + 1 })).toMatch(/5 MB/);
  });
});
