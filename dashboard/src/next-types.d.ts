// Next's ambient types (CSS imports, images) for type checks that run before `next build` wrote next-env.d.ts.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
