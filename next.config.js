/** Headers for what the proxy does not see (API routes, static files); pages get these and a nonced CSP there. */
const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it. Next does not
  // externalise Prisma's driver adapters by default.
  serverExternalPackages: ["better-sqlite3", "wink-nlp", "wink-eng-lite-web-model", "@prisma/adapter-pg"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [...COMMON, { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      { source: "/_next/:path*", headers: COMMON },
    ];
  },
};

export default nextConfig;
