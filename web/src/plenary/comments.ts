import { actionKey, type PlenaryComment, type PlenaryState } from '../../../shared/domain/plenary';

/** The plenary's comments by action (keyed like adoption), each list in the order they were written. */
export function commentsByAction(p: PlenaryState): Map<string, PlenaryComment[]> {
  const index = new Map<string, PlenaryComment[]>();
  for (const id of p.commentOrder) {
    const comment = Object.hasOwn(p.comments, id) ? p.comments[id] : undefined;
    if (!comment) continue;
    const key = actionKey(comment.groupId, comment.finalId, comment.actionId);
    const list = index.get(key);
    if (list) list.push(comment);
    else index.set(key, [comment]);
  }
  return index;
}
