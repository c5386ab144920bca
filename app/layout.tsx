import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";

export const metadata = {
  title: { default: "Crosscheck", template: "%s · Crosscheck" },
  description: "Where outlets agree and differ on one story",
};

export default function RootLayout({ children }: { children: ReactNode }) {
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
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
