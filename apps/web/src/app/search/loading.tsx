import { Loading } from '../../components/states';

export default function SearchLoading() {
  return <Loading what="search results" />;
}
