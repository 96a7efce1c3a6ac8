// Day 2 in one group: every participant fills their working matrices; the leads consolidate the two final matrices.
import { randomUUID } from 'node:crypto';
import {
  ACTION_SCOPES,
  type ActionTextField,
  cellOf,
  finalOf,
  TIME_FRAMES,
  workingIdsOfFinal,
} from '../../shared/domain/final-matrices.js';
import { workingMatrixOutlines } from '../../shared/domain/working-matrices.js';
import { type GroupSeats, toPhase } from './seats.js';
import {
  ACTION_COMMENTS,
  CONSOLIDATIONS,
  commitments,
  COORDINATIONS,
  EVALUATIONS,
  INDICATORS,
  INSTITUTIONS,
  NOTES,
  POPULATIONS,
  PROPOSALS,
  workingActions,
} from './texts/matrices.js';
import { inParallel, type Writer } from './writer.js';

/** A participant's proposal, remembered so the leads can take it into the final matrix. */
interface Proposal {
  author: Writer;
  matrixId: string;
  id: string;
}

export async function buildWorkingMatrices(seats: GroupSeats): Promise<Proposal[]> {
  const { random, participants } = seats;
  await toPhase(seats, 'working-matrix');
  const outlines = workingMatrixOutlines(seats.room.state.template);
  const proposals: Proposal[] = participants.flatMap((author) => outlines.map((o) => ({ author, matrixId: o.id, id: randomUUID() })));
  await inParallel(
    participants.flatMap((p) =>
      outlines.flatMap((o, m) => [
        () => p.send('matrix.set', { matrixId: o.id, field: 'commitment', text: random.pick(commitments(m)) }),
        ...o.actions.map(
          (_, i) => () =>
            p.send('matrix.setAction', {
              matrixId: o.id,
              slot: i + 1,
              text: random.pick(workingActions(m, i)),
              comment: random.sentences(ACTION_COMMENTS, random.int(1, 3), 2000),
            }),
        ),
        () => p.send('matrix.set', { matrixId: o.id, field: 'notes', text: random.sentences(NOTES, random.int(2, 4), 2000) }),
      ]),
    ),
  );
  await inParallel(
    proposals.map((x) => () => x.author.send('matrix.propose', { matrixId: x.matrixId, id: x.id, text: random.pick(PROPOSALS) })),
  );
  await inParallel(
    proposals.map(
      (x) => () =>
        x.author.send('matrix.editProposal', { matrixId: x.matrixId, id: x.id, comment: random.sentences(ACTION_COMMENTS, 2, 2000) }),
    ),
  );
  return proposals;
}

/**
 * Each final matrix: the commitment and every slot's action taken from participants' matrices (so
 * their provenance is recorded) and reworded, a participant's proposal added as one more action,
 * and every action's scheme written, scoped, timed and linked to what it answers.
 */
export async function buildFinalMatrices(seats: GroupSeats, proposals: Proposal[]): Promise<void> {
  const { random, room, facilitator, rapporteur, participants } = seats;
  await toPhase(seats, 'final-matrix');
  // The empty format is shown to the room first, as the guide suggests.
  await facilitator.send('final.show', { shown: true });
  await facilitator.send('final.show', { shown: false });
  const t = room.state.template;
  const pestleIds = room.state.pestle.order;
  const objectives = t.objectives.groups.flatMap((g) => g.objectives.map((o) => o.id));
  const questionNotes = room.state.contributionOrder.filter((id) => room.state.contributions[id]?.target === 'question');
  for (const { id: finalId } of t.matrices.final.required) {
    // The working matrix that feeds this final matrix (the guide's Annex I says which).
    const matrixId = workingIdsOfFinal(t, finalId)[0];
    if (!matrixId) throw new Error(`no working matrix feeds ${finalId}`);
    const source = (p: Writer, part: object) => ({ memberId: p.memberId, matrixId, part });
    const proposal = random.pick(proposals.filter((x) => x.matrixId === matrixId));
    const extra = randomUUID();
    const slots = finalOf(room.state, finalId).actionOrder;
    // Promotions first: each creates or fills a cell the edits below then build on.
    await inParallel([
      () =>
        facilitator.send('final.promote', {
          finalId,
          source: source(random.pick(participants), { field: 'commitment' }),
          target: { kind: 'commitment', mode: 'replace' },
        }),
      ...slots.map(
        (actionId, i) => () =>
          rapporteur.send('final.promote', {
            finalId,
            source: source(random.pick(participants), { field: 'action', slot: i + 1 }),
            target: { kind: 'action', actionId, mode: 'replace' },
          }),
      ),
      () =>
        facilitator.send('final.promote', {
          finalId,
          source: { memberId: proposal.author.memberId, matrixId, part: { field: 'proposal', proposalId: proposal.id } },
          target: { kind: 'new', actionId: extra },
        }),
    ]);
    const actions = finalOf(room.state, finalId).actionOrder;
    // Each write says which revision it was based on, as the editor's screen does.
    const rev = (actionId: string | null, field: ActionTextField = 'text') => {
      const matrix = finalOf(room.state, finalId);
      const action = actionId === null ? undefined : matrix.actions[actionId];
      return actionId === null ? matrix.commitment.rev : action ? cellOf(action, field).rev : 0;
    };
    const reworded = (text: string) => `${text} ${random.pick(CONSOLIDATIONS)}`.slice(0, 2000);
    const commitment = finalOf(room.state, finalId).commitment.text;
    const writes: Array<() => Promise<void>> = [
      () =>
        facilitator.send('final.setText', { finalId, actionId: null, field: 'commitment', text: reworded(commitment), baseRev: rev(null) }),
    ];
    for (const actionId of actions) {
      const action = finalOf(room.state, finalId).actions[actionId];
      const words = (field: ActionTextField, text: string) => () =>
        rapporteur.send('final.setText', { finalId, actionId, field, text, baseRev: rev(actionId, field) });
      writes.push(
        words('text', reworded(action ? cellOf(action, 'text').text : random.pick(PROPOSALS))),
        words('populations', random.pick(POPULATIONS)),
        words('institutions', random.pick(INSTITUTIONS)),
        words('evaluation', random.pick(EVALUATIONS)),
        words('coordination', random.pick(COORDINATIONS)),
        words('indicators', random.pick(INDICATORS)),
        () =>
          facilitator.send('final.setScheme', {
            finalId,
            actionId,
            scope: random.sample(ACTION_SCOPES, random.int(1, 3)),
            timeframe: random.pick(TIME_FRAMES),
          }),
        // What the action answers: PESTLE items, an objective, a profile.
        ...random
          .sample(pestleIds, 3)
          .map((id) => () => rapporteur.send('final.link', { finalId, actionId, ref: { kind: 'pestle', id }, linked: true })),
        () => rapporteur.send('final.link', { finalId, actionId, ref: { kind: 'objective', id: random.pick(objectives) }, linked: true }),
        () => rapporteur.send('final.link', { finalId, actionId, ref: { kind: 'profile', id: random.pick(t.profiles).id }, linked: true }),
      );
    }
    writes.push(
      () =>
        rapporteur.send('final.link', { finalId, actionId: null, ref: { kind: 'objective', id: random.pick(objectives) }, linked: true }),
      ...random
        .sample(questionNotes, 2)
        .map((id) => () => rapporteur.send('final.link', { finalId, actionId: null, ref: { kind: 'contribution', id }, linked: true })),
    );
    await inParallel(writes);
  }
}
