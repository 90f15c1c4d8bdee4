import { Loading } from '../../../components/states';

export default function SourceLoading() {
  return <Loading what="the source" />;
}
