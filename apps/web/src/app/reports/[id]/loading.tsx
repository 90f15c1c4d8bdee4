import { Loading } from '../../../components/states';

export default function ReportLoading() {
  return <Loading what="the report" />;
}
