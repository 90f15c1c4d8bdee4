import { Loading } from '../components/states';

export default function HomeLoading() {
  return <Loading what="the overview" />;
}
