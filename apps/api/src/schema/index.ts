// Every type registers itself with the builder on import; this file only collects them.
import { builder } from '../builder';
import './scalars';
import './source';
import './report';

export const schema = builder.toSchema({ sortSchema: true });
