/**
 * Texts of the group session report (server/exports/report-doc.ts) that neither the interface
 * catalogues nor the other documents have. Labels follow the language chosen at export.
 * The section titles (participants, pestle, objectives, questions, profiles, working) also name
 * the Excel sheets, which keep 28 characters and no colon: keep them that short.
 */
const es = {
  title: 'Informe de la sesión de grupo',
  workshopDate: 'Fecha del taller: {{date}}',
  participants: 'Participantes',
  role: 'Rol',
  people: 'Número de participantes',
  namesWithheld: 'Los nombres no se muestran: en este taller los aportes se firmaron por institución y país, o de forma anónima.',
  pestle: 'Análisis PESTLE',
  dots: 'Puntos',
  author: 'Autoría',
  sortedByDots: 'En cada grupo, los aportes van ordenados por los puntos de la votación.',
  noItems: 'Sin aportes en esta categoría.',
  objectives: 'Objetivos propuestos',
  objectiveGroup: 'Grupo {{label}}: {{title}}',
  objective: 'Objetivo {{label}}',
  relevance: 'Relevancia para la región: alta {{high}} · media {{medium}} · baja {{low}}',
  noComments: 'Sin comentarios.',
  questions: 'Preguntas orientadoras',
  keyPoint: 'Punto clave: {{text}}',
  noNotes: 'Sin aportes.',
  summary: 'Resumen',
  presenter: 'Presentada por',
  profiles: 'Perfiles, necesidades, rutas',
  noProfiles: 'Esta guía no tiene perfiles de vulnerabilidad.',
  step: 'Paso',
  noRoute: 'Sin ruta registrada.',
  considerations: 'Consideraciones especiales: {{text}}',
  working: 'Matrices de trabajo',
  workingIntro:
    'Resumen por participante: su compromiso, cuántas acciones de la matriz redactó o comentó sobre el total, las acciones que propuso y sus notas.',
  matrixHeading: 'Matriz {{number}}: {{objective}}',
  actionsWritten: 'Acciones redactadas',
  proposals: 'Acciones propuestas',
  noWorking: 'Ningún participante escribió en esta matriz.',
};

/** The shape every language must have: Spanish's keys, any texts. */
type Texts<T> = { [K in keyof T]: string };

const en: Texts<typeof es> = {
  title: 'Group session report',
  workshopDate: 'Workshop date: {{date}}',
  participants: 'Participants',
  role: 'Role',
  people: 'Number of participants',
  namesWithheld: 'Names are not shown: in this workshop contributions were signed by institution and country, or anonymously.',
  pestle: 'PESTLE analysis',
  dots: 'Dots',
  author: 'Author',
  sortedByDots: 'Within each group, contributions are sorted by the dots of the vote.',
  noItems: 'No contributions in this category.',
  objectives: 'Proposed objectives',
  objectiveGroup: 'Group {{label}}: {{title}}',
  objective: 'Objective {{label}}',
  relevance: 'Relevance for the region: high {{high}} · medium {{medium}} · low {{low}}',
  noComments: 'No comments.',
  questions: 'Guiding questions',
  keyPoint: 'Key point: {{text}}',
  noNotes: 'No contributions.',
  summary: 'Summary',
  presenter: 'Presented by',
  profiles: 'Profiles, needs and routes',
  noProfiles: 'This guide has no vulnerability profiles.',
  step: 'Step',
  noRoute: 'No route recorded.',
  considerations: 'Special considerations: {{text}}',
  working: 'Working matrices',
  workingIntro:
    'Summary per participant: their commitment, how many of the matrix’s actions they wrote or commented on out of the total, the actions they proposed and their notes.',
  matrixHeading: 'Matrix {{number}}: {{objective}}',
  actionsWritten: 'Actions written',
  proposals: 'Proposed actions',
  noWorking: 'No participant wrote in this matrix.',
};

const fr: Texts<typeof es> = {
  title: 'Rapport de la session de groupe',
  workshopDate: 'Date de l’atelier : {{date}}',
  participants: 'Participants',
  role: 'Rôle',
  people: 'Nombre de participants',
  namesWithheld:
    'Les noms ne sont pas affichés : dans cet atelier, les contributions ont été signées par institution et pays, ou de façon anonyme.',
  pestle: 'Analyse PESTLE',
  dots: 'Points',
  author: 'Auteur',
  sortedByDots: 'Dans chaque groupe, les contributions sont triées selon les points du vote.',
  noItems: 'Aucune contribution dans cette catégorie.',
  objectives: 'Objectifs proposés',
  objectiveGroup: 'Groupe {{label}} : {{title}}',
  objective: 'Objectif {{label}}',
  relevance: 'Pertinence pour la région : élevée {{high}} · moyenne {{medium}} · faible {{low}}',
  noComments: 'Aucun commentaire.',
  questions: 'Questions d’orientation',
  keyPoint: 'Point clé : {{text}}',
  noNotes: 'Aucune contribution.',
  summary: 'Résumé',
  presenter: 'Présentée par',
  profiles: 'Profils, besoins, parcours',
  noProfiles: 'Ce guide n’a pas de profils de vulnérabilité.',
  step: 'Étape',
  noRoute: 'Aucun parcours enregistré.',
  considerations: 'Considérations particulières : {{text}}',
  working: 'Matrices de travail',
  workingIntro:
    'Résumé par participant : son engagement, combien d’actions de la matrice il a rédigées ou commentées sur le total, les actions qu’il a proposées et ses notes.',
  matrixHeading: 'Matrice {{number}} : {{objective}}',
  actionsWritten: 'Actions rédigées',
  proposals: 'Actions proposées',
  noWorking: 'Aucun participant n’a écrit dans cette matrice.',
};

export const reportText = { es, en, fr };
