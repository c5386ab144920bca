/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it. Next does not
  // externalise Prisma's driver adapters by default.
  serverExternalPackages: ["better-sqlite3", "wink-nlp", "wink-eng-lite-web-model", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default nextConfig;
