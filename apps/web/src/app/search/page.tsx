import type { SearchHit } from '@claimgraph/sdk';
import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { PartialDateText } from '../../components/dates';
import { markedWhole, Snippet } from '../../components/snippet';
import { VerdictBadge } from '../../components/verdict';
import { search } from '../../lib/claimgraph';
import { languageName } from '../../lib/labels';
import { param, type SearchParams } from '../../lib/params';
import { claimHref, reportHref } from '../../lib/urls';

const LANGUAGES = ['de', 'en'];
const KINDS = { report: 'REPORT', claim: 'CLAIM' } as const;
type KindParam = keyof typeof KINDS;

interface Props {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = param(await searchParams, 'q');
  return { title: q ? `Search: ${q}` : 'Search' };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = param(params, 'q');
  const language = LANGUAGES.includes(param(params, 'language') ?? '') ? param(params, 'language') : undefined;
  const kindParam = param(params, 'kind');
  const kind = kindParam && kindParam in KINDS ? (kindParam as KindParam) : undefined;
  const after = param(params, 'after');
  const results = q ? await search(q, language, kind ? KINDS[kind] : undefined, after) : null;

  return (
    <>
      <h1>Search</h1>
      <p className="lede">Search the full text of reports, in their own language, and the English statements of claims.</p>
      <Form action="/search" className="search-form" role="search">
        <div className="field field-grow">
          <label htmlFor="q">Words to find</label>
          <input id="q" type="search" name="q" defaultValue={q} key={q} placeholder="e.g. Artilleriegranaten or “artillery shells”" />
        </div>
        <div className="field">
          <label htmlFor="language">Report language</label>
          <select id="language" name="language" defaultValue={language ?? ''} key={language}>
            <option value="">Any</option>
            {LANGUAGES.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kind">Show</label>
          <select id="kind" name="kind" defaultValue={kind ?? ''} key={kind}>
            <option value="">Reports and claims</option>
            <option value="report">Reports only</option>
            <option value="claim">Claims only</option>
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </Form>
      <p className="hint">Type words, “quoted phrases”, OR between alternatives, and -word to leave a word out.</p>

      {results === null ? (
        <p className="empty-state">Type a word or phrase to search.</p>
      ) : results.nodes.length === 0 ? (
        <p className="empty-state" role="status">
          Nothing matches “{q}”{language ? ` in ${languageName(language)} reports` : ''}. Try fewer or other words
          {language || kind ? ', or remove the filters' : ''}.
        </p>
      ) : (
        <section aria-labelledby="results">
          <h2 id="results">
            {results.totalCount === null
              ? 'Results'
              : results.complete
                ? `${results.totalCount} ${results.totalCount === 1 ? 'result' : 'results'}`
                : `More than ${results.totalCount.toLocaleString('en')} results`}{' '}
            for “{q}”
          </h2>
          {!results.complete && (
            <p className="hint window-note" role="note">
              The newest {results.totalCount?.toLocaleString('en')} are ranked here, best match first. To reach older ones, add words
              {language ? '' : ', choose a language'}
              {kind ? '' : ' or a kind'}.
            </p>
          )}
          <ol className="card-list results">
            {results.nodes.map((hit, i) => (
              <Hit key={hit.claim?.id ?? hit.report?.id ?? i} hit={hit} />
            ))}
          </ol>
          {results.pageInfo.hasNextPage && results.pageInfo.endCursor && (
            <p>
              <Link
                className="button button-secondary"
                href={`/search?${new URLSearchParams({ q: q!, ...(language ? { language } : {}), ...(kind ? { kind } : {}), after: results.pageInfo.endCursor })}`}
              >
                More results
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  if (hit.report) {
    const report = hit.report;
    return (
      <li className="card hit" data-kind="REPORT">
        <p className="eyebrow">{report.isSummary ? 'Editors’ summary' : 'Report'}</p>
        <h3 className="card-title" lang={report.language ?? undefined}>
          <Link href={reportHref(report.id)}>{report.title}</Link>
        </h3>
        <p className="meta">
          <span>{report.publisher?.name ?? 'Publisher unknown'}</span>
          <PartialDateText date={report.published} />
          <span>{languageName(report.language)}</span>
        </p>
        {hit.snippet && <Snippet snippet={hit.snippet} lang={report.language} />}
      </li>
    );
  }
  if (hit.claim) {
    const claim = hit.claim;
    const title = hit.snippet && claim.statement ? markedWhole(claim.statement, hit.snippet) : null;
    return (
      <li className="card hit" data-kind="CLAIM">
        <p className="eyebrow">Claim</p>
        <VerdictBadge verdict={claim.verdict} />
        <h3 className="card-title">
          <Link href={claimHref(claim.id)}>{title ?? claim.statement}</Link>
        </h3>
        <p className="meta">
          <span>
            Claimed <PartialDateText date={claim.claimed} />
          </span>
        </p>
        {hit.snippet && !title && <Snippet snippet={hit.snippet} lang="en" />}
      </li>
    );
  }
  return null;
}
