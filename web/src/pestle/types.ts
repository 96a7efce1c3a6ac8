import type { MutationArgs, MutationName } from '../../../shared/domain/mutations';

/** Sends a mutation through the sync client; false when it was refused before sending (a toast says why). */
export type Mutate = <N extends MutationName>(name: N, args: MutationArgs<N>) => boolean;
