import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Internal workspace packages ship TypeScript source, not a build.
  transpilePackages: ['@claimgraph/dates', '@claimgraph/ingest'],
};

export default nextConfig;
