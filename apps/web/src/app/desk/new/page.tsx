import type { Metadata } from 'next';
import { IngestForm } from '../../../components/desk/ingest-form';
import { currentEditor } from '../../../lib/session';

export const metadata: Metadata = { title: 'Ingest a report' };

export default async function NewReportPage() {
  const editor = await currentEditor();
  if (!editor) return null;
  const sources = await editor.client.listSources({ first: 100 });
  return (
    <article className="desk-page">
      <header className="page-header">
        <p className="eyebrow">The editor’s desk</p>
        <h1>Ingest a report</h1>
        <p className="muted">
          Paste the text or upload a .txt file. ClaimGraph stores it and proposes the claims in it; nothing becomes a claim until you accept
          it.
        </p>
      </header>
      <IngestForm sources={sources.nodes.map(({ id, name }) => ({ id, name }))} />
    </article>
  );
}
