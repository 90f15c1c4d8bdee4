import { Loading } from '../../components/states';

// In the (overview) route group so that it wraps the overview alone. At the top of app/ it would
// wrap every page below it too, and a page that streams behind a loading state has sent its 200
// before it can find out that its id names nothing (see claims/[id]/page.tsx).
export default function HomeLoading() {
  return <Loading what="the overview" />;
}
