// Next.js configuration of the dashboard. Workspace packages are TypeScript sources, so Next
// compiles them; argon2's native binding and Prisma stay outside the server bundle.
import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  transpilePackages: ['@govconnect/contracts'],
  serverExternalPackages: ['@node-rs/argon2', '@prisma/client', '@prisma/adapter-pg', 'pg'],
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  poweredByHeader: false,
  typedRoutes: false,
  // The proxy buffers request bodies up to this size and cuts what is longer: room for a 10 MB
  // knowledge document (ai-service's DOCUMENT_MAX_BYTES) plus its multipart envelope.
  experimental: { proxyClientMaxBodySize: '11mb' },
  // Traefik adds the site-wide headers in production; these hold wherever the app is served.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
