import type { Metadata } from 'next';
import { NotFoundState } from '../../../components/states';

export const metadata: Metadata = { title: 'Report not found' };

export default function ReportNotFound() {
  return (
    <NotFoundState title="Report not found">
      <p>ClaimGraph has no report at this address. The link may be mistyped, or the report may have been withdrawn.</p>
    </NotFoundState>
  );
}
