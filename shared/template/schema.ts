import { z } from 'zod';

/**
 * A workshop methodology template: the facilitators' guide as data.
 * Content is Spanish first with an English translation; French is optional and falls back
 * to Spanish (the guide's own language) when missing.
 */
export const localizedText = z.strictObject({
  es: z.string().min(1),
  en: z.string().min(1),
  fr: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'ids use letters, digits, ".", "_" and "-"');

/** A block of readable guide content: a heading-less paragraph or a bulleted list. */
export const contentBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: localizedText }),
  z.strictObject({ type: z.literal('list'), ordered: z.boolean().default(false), items: z.array(localizedText).min(1) }),
  z.strictObject({ type: z.literal('note'), text: localizedText }),
]);
export type ContentBlock = z.infer<typeof contentBlock>;

export const sourceDocument = z.strictObject({
  id,
  title: localizedText,
  /** Which version of the text the guide quotes, e.g. the Global Compact's zero draft of Feb 2018. */
  version: localizedText.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
});

export const proposedObjective = z.strictObject({
  /** e.g. "A.a" */
  id,
  label: z.string().min(1).max(8),
  text: localizedText,
  /** The documents it was drawn from; empty for an objective the room added in prepare mode. */
  sourceIds: z.array(id).default([]),
});

export const objectiveGroup = z.strictObject({
  id,
  label: z.string().min(1).max(8),
  title: localizedText,
  note: localizedText.optional(),
  /** Empty only for a group the facilitator just added in prepare mode. */
  objectives: z.array(proposedObjective).default([]),
});

export const guidingQuestion = z.strictObject({
  id,
  text: localizedText,
  hint: localizedText.optional(),
});

export const questionSection = z.strictObject({
  id,
  title: localizedText.optional(),
  intro: z.array(contentBlock).default([]),
  questions: z.array(guidingQuestion).default([]),
});

export const questionTheme = z.strictObject({
  /** care | solutions | prevention | reflection | … */
  id,
  label: z.string().min(1).max(8),
  title: localizedText,
  /** The guide's invitation for a country to present a good practice on this theme. */
  goodPracticeNote: localizedText.optional(),
  sections: z.array(questionSection).min(1),
});

export const vulnerabilityProfile = z.strictObject({ id, label: localizedText, source: localizedText.optional() });
export const need = z.strictObject({ id, label: localizedText });
export const referralStep = z.strictObject({ id, label: localizedText });

export const matrixAction = z.strictObject({
  text: localizedText.optional(),
  /** Comment hints the guide pre-fills (Annex I). */
  commentHints: z.array(localizedText).default([]),
});

export const workingMatrixPrefill = z.strictObject({
  id,
  /** e.g. "4.1" */
  number: z.string().min(1).max(8),
  title: localizedText,
  objective: localizedText,
  commitment: localizedText.optional(),
  /** The final matrix this working matrix feeds; by default the required matrix in the same position. */
  finalMatrixId: id.optional(),
  /** One entry per action slot; a slot with no text is left open for the group. */
  actions: z.array(matrixAction).min(1).max(20),
});

export const matrixStructure = z.strictObject({
  working: z.strictObject({
    title: localizedText,
    purpose: localizedText,
    actionSlots: z.number().int().min(1).max(20),
    fields: z.strictObject({
      objective: localizedText,
      commitment: localizedText,
      actions: localizedText,
      comments: localizedText,
      participantNotes: localizedText,
    }),
  }),
  final: z.strictObject({
    title: localizedText,
    purpose: localizedText,
    actionSlots: z.number().int().min(1).max(20),
    fields: z.strictObject({ objective: localizedText, commitment: localizedText, actions: localizedText }),
    /** The final matrices this group must produce (group 4: two). */
    required: z.array(z.strictObject({ id, title: localizedText })).min(1),
    note: localizedText.optional(),
  }),
  prefills: z.array(workingMatrixPrefill).default([]),
});

export const phaseKind = z.enum([
  'preliminary',
  'pestle',
  'objectives',
  'questions',
  'profiles',
  'working-matrix',
  'final-matrix',
  'plenary',
]);
export type PhaseKind = z.infer<typeof phaseKind>;

export const phase = z.strictObject({
  id,
  kind: phaseKind,
  title: localizedText,
  /** The guide's text for this phase, shown read-only while the phase is open. */
  body: z.array(contentBlock).default([]),
  plannedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  day: z.number().int().min(1).max(14).optional(),
});

export const template = z
  .strictObject({
    id,
    schemaVersion: z.literal(1),
    title: localizedText,
    /** Short name of the working group, e.g. "Grupo 4: Prevención, Soluciones migratorias y Atención". */
    group: localizedText,
    description: localizedText,
    introduction: z.strictObject({
      context: z.array(contentBlock).min(1),
      specificObjectives: z.array(localizedText).default([]),
      participants: localizedText.optional(),
      justification: z.array(contentBlock).default([]),
    }),
    phases: z.array(phase).min(1),
    pestle: z.strictObject({ instructions: z.array(contentBlock).min(1) }),
    sources: z.array(sourceDocument).default([]),
    objectives: z.strictObject({ intro: z.array(contentBlock).default([]), groups: z.array(objectiveGroup).default([]) }),
    questions: z.strictObject({ intro: z.array(contentBlock).default([]), themes: z.array(questionTheme).default([]) }),
    profiles: z.array(vulnerabilityProfile).default([]),
    needs: z.array(need).default([]),
    referralSteps: z.array(referralStep).default([]),
    matrices: matrixStructure,
  })
  .superRefine((t, ctx) => {
    const sourceIds = new Set(t.sources.map((s) => s.id));
    t.objectives.groups.forEach((g, gi) => {
      g.objectives.forEach((o, oi) => {
        o.sourceIds.forEach((s, si) => {
          if (!sourceIds.has(s)) {
            ctx.addIssue({
              code: 'custom',
              path: ['objectives', 'groups', gi, 'objectives', oi, 'sourceIds', si],
              message: `unknown source "${s}"`,
            });
          }
        });
      });
    });
    const seen = new Set<string>();
    t.phases.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'id'], message: `duplicate phase id "${p.id}"` });
      seen.add(p.id);
    });
    const finalIds = new Set(t.matrices.final.required.map((r) => r.id));
    t.matrices.prefills.forEach((p, i) => {
      if (p.finalMatrixId !== undefined && !finalIds.has(p.finalMatrixId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['matrices', 'prefills', i, 'finalMatrixId'],
          message: `unknown final matrix "${p.finalMatrixId}"`,
        });
      }
    });
    if (!t.phases.some((p) => p.kind === 'pestle')) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'a template needs a PESTLE phase' });
    }
  });

export type Template = z.infer<typeof template>;
export type TemplateInput = z.input<typeof template>;

/** Formats zod issues as "path: message" lines so a template author can find the field. */
export function describeTemplateIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}

export function parseTemplate(data: unknown): { ok: true; template: Template } | { ok: false; errors: string[] } {
  const result = template.safeParse(data);
  return result.success ? { ok: true, template: result.data } : { ok: false, errors: describeTemplateIssues(result.error) };
}

/** Picks the text in the wanted language, falling back to Spanish, the guide's language. */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  if (lang === 'en') return text.en;
  if (lang === 'fr') return text.fr ?? text.es;
  return text.es;
}
