import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'ClaimGraph',
  description: 'Claims made in published reports, and how they held up.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container">
            <div>
              <p className="site-title">
                <Link href="/">ClaimGraph</Link>
              </p>
              <p className="tagline">Claims made in published reports, and how they held up.</p>
            </div>
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <Link href="/">Reports</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
