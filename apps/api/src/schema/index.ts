// Every type registers itself with the builder on import; this file only collects them.
import { builder } from '../builder';
import './scalars';
import './source';
import './actor';
import './report';
import './appearance';
import './resolution';
import './relation';
import './claim';
import './claim-timeline';
import './claim-provenance';
import './search';
import './source-mutations';
import './actor-mutations';
import './report-mutations';
import './claim-mutations';
import './hide-mutations';
import './proposal';
import './viewer';
import './desk';
import './track-record';
import './claim-review';

export const schema = builder.toSchema({ sortSchema: true });
