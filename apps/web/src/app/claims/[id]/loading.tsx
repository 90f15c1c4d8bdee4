import { Loading } from '../../../components/states';

export default function ClaimLoading() {
  return <Loading what="the claim" />;
}
