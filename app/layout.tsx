import type { ReactNode } from "react";
import Link from "next/link";
import { connection } from "next/server";
import { SignedInAs } from "./components/signed-in-as";
import "./globals.css";

export const metadata = {
  title: { default: "Crosscheck", template: "%s · Crosscheck" },
  description: "Where outlets agree and differ on one story",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the proxy's CSP nonce is fresh each time, so no page may be prerendered.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="top">
          <Link href="/" className="brand">
            Crosscheck
          </Link>
          <span className="muted">source comparison for editorial review</span>
          <Link href="/search">Search</Link>
          <SignedInAs />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
