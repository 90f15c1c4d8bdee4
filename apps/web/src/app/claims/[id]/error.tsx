'use client';
import { ErrorState } from '../../../components/error-state';

export default function ClaimError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorState error={error} retry={retry} what="this claim" />;
}
