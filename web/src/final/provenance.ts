import { own } from '../../../shared/domain/decision';
import type { WorkingSource } from '../../../shared/domain/final-matrix-model';
import type { Member } from '../../../shared/domain/state';
import { workingMatrixOutlines } from '../../../shared/domain/working-matrices';
import type { Template } from '../../../shared/template/schema';
import { matrixName } from '../matrices/outline';

/** Who wrote a promoted text, as far as this viewer may know: views.ts already blanked what they may not. */
export type SourceAuthor =
  | { kind: 'member'; member: Member }
  | { kind: 'institution'; institution: string; country: string }
  | { kind: 'anonymous' }
  | { kind: 'gone' };

export function sourceAuthor(source: WorkingSource, members: Record<string, Member>): SourceAuthor {
  if (source.authorId !== '') {
    const member = own(members, source.authorId);
    return member ? { kind: 'member', member } : { kind: 'gone' };
  }
  if (source.attribution === 'institution' && source.byline) return { kind: 'institution', ...source.byline };
  return { kind: 'anonymous' };
}

/** How labels name the working matrix a text came from ("4.1"); its id when the guide no longer has it. */
export function workingMatrixName(template: Template, matrixId: string, lang: string): string {
  const outline = workingMatrixOutlines(template).find((o) => o.id === matrixId);
  return outline ? matrixName(outline, lang) : matrixId;
}
