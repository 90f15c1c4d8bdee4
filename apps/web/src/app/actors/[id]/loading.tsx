import { Loading } from '../../../components/states';

export default function ActorLoading() {
  return <Loading what="the actor" />;
}
