// Who sits in a CRM workshop: names, institutions by sector, the member countries.
import type { Sector } from '../../../shared/domain/constants.js';

export const COUNTRIES = [
  'Belice',
  'Canadá',
  'Costa Rica',
  'El Salvador',
  'Estados Unidos',
  'Guatemala',
  'Honduras',
  'México',
  'Nicaragua',
  'Panamá',
  'República Dominicana',
] as const;

const FIRST = [
  'María José',
  'Andrés',
  'Lucía',
  'José Ramón',
  'Ana Sofía',
  'Héctor',
  'Verónica',
  'Raúl',
  'Mónica',
  'Óscar',
  'Beatriz',
  'Martín',
  'Inés',
  'Sebastián',
  'Ángela',
  'Julián',
  'Rocío',
  'Tomás',
  'Marisol',
  'Iván',
  'Dolores',
  'Efraín',
  'Noemí',
  'Germán',
  'Jimena',
  'Víctor Hugo',
  'Gabriela',
  'Rubén',
  'Estefanía',
  'Adrián',
];

const LAST = [
  'Hernández',
  'Pérez Quiñónez',
  'Castañeda',
  'Muñoz',
  'Jiménez',
  'Álvarez',
  'Ortiz',
  'Gómez Peña',
  'Velásquez',
  'Sáenz',
  'Cordón',
  'Benítez',
  'Ramírez',
  'Núñez',
  'Chávez',
  'Domínguez',
  'Guzmán',
  'Solís',
  'Martínez Ibáñez',
  'Cáceres',
];

const INSTITUTIONS: Record<Sector, string[]> = {
  migration: ['Dirección General de Migración', 'Instituto Nacional de Migración', 'Dirección General de Migración y Extranjería'],
  foreign_affairs: ['Ministerio de Relaciones Exteriores', 'Cancillería — Dirección de Asuntos Consulares'],
  civil_society: ['Casa del Migrante', 'Red Jesuita con Migrantes', 'Pastoral de Movilidad Humana'],
  regional_coalition: ['Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes'],
  international_org: ['Organización Internacional para las Migraciones', 'ACNUR', 'UNICEF', 'UNODC'],
  police: ['Policía Nacional Civil — División de Fronteras', 'Fiscalía Especial contra el Tráfico Ilícito de Migrantes'],
  child_protection: [
    'Patronato Nacional de la Infancia',
    'Secretaría de Bienestar Social de la Niñez',
    'Procuraduría de Protección de Niñas, Niños y Adolescentes',
  ],
  womens_institution: ['Instituto Nacional de las Mujeres', 'Ministerio de la Mujer'],
  ombudsman: ['Procuraduría de los Derechos Humanos', 'Defensoría del Pueblo', 'Comisión Nacional de los Derechos Humanos'],
  other: ['Ministerio de Trabajo y Previsión Social', 'Ministerio de Salud Pública'],
};

const FUNCTIONS = [
  'Jefatura del departamento de atención a personas migrantes vulnerables; coordina la mesa interinstitucional de derivación.',
  'Oficial de protección en frontera; entrevista a las personas detectadas y activa los protocolos de atención.',
  'Asesoría jurídica; acompaña los procesos penales contra redes de tráfico y la protección de testigos.',
  'Coordinación de albergues y programas de asistencia humanitaria en la ruta.',
  'Punto focal nacional ante la Conferencia Regional sobre Migración.',
  'Responsable de cooperación internacional y seguimiento de acuerdos bilaterales de retorno.',
  'Trabajo social; atención directa a niñas, niños y adolescentes no acompañados en los centros de acogida.',
  'Investigación en la unidad contra el tráfico ilícito de migrantes y la trata de personas.',
  'Encargada/o de capacitación en derechos humanos para personal de primera respuesta.',
  'Protección consular; atiende a connacionales detenidos o víctimas de delitos en el país de tránsito.',
];

export const SECTOR_MIX: Sector[] = [
  'migration',
  'migration',
  'migration',
  'foreign_affairs',
  'foreign_affairs',
  'civil_society',
  'civil_society',
  'international_org',
  'police',
  'child_protection',
  'womens_institution',
  'ombudsman',
  'regional_coalition',
  'other',
];

export interface Person {
  name: string;
  institution: string;
  country: string;
  sector: Sector;
  functions: string;
}

/** The n-th person of a group: varied names, institutions and countries, deterministic. */
export function person(group: number, n: number): Person {
  const k = group * 37 + n;
  const sector = SECTOR_MIX[k % SECTOR_MIX.length] as Sector;
  const institutions = INSTITUTIONS[sector];
  return {
    name: `${FIRST[(k * 7) % FIRST.length]} ${LAST[(k * 3 + group) % LAST.length]}`,
    institution: institutions[k % institutions.length] as string,
    country: COUNTRIES[(k * 5 + group) % COUNTRIES.length] as string,
    sector,
    functions: FUNCTIONS[k % FUNCTIONS.length] as string,
  };
}
