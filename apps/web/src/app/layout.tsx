import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { currentEditor } from '../lib/session';
import './globals.css';
import '../styles/components.css';
import '../styles/verdicts.css';
import '../styles/reader.css';
import '../styles/pages.css';
import '../styles/desk.css';

export const metadata: Metadata = {
  title: { default: 'ClaimGraph', template: '%s · ClaimGraph' },
  description: 'Claims made in the news, followed from report to resolution.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the session makes every page render per request, as the CSP nonce needs.
  const editor = await currentEditor();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header-inner">
            <div>
              <p className="site-title">
                <Link href="/">ClaimGraph</Link>
              </p>
              <p className="tagline">Claims in the news, from report to resolution.</p>
            </div>
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <Link href="/">Overview</Link>
                </li>
                <li>
                  <Link href="/search">Search</Link>
                </li>
                {editor ? (
                  <>
                    <li>
                      <Link href="/desk">Desk</Link>
                    </li>
                    <li>
                      <form method="post" action="/session/end" className="nav-form">
                        <button type="submit" className="link-button">
                          Sign out<span className="visually-hidden"> {editor.name}</span>
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <Link href="/sign-in">Sign in</Link>
                  </li>
                )}
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
