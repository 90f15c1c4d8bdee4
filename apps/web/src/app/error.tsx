'use client';
import { ErrorState } from '../components/error-state';

export default function HomeError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorState error={error} retry={retry} what="the overview" />;
}
