// Day 2 and the plenary: working matrices, the final matrices' actions and schemes, plenary comments.

/** Commitments per working matrix: care and prevention; migration solutions. */
const COMMITMENTS = [
  [
    'Uniformar a nivel regional las medidas de atención a personas objeto de tráfico en situación de vulnerabilidad y fortalecer la cooperación para prevenir el delito.',
    'Establecer una ruta regional de detección, identificación, derivación y protección, aplicada por todos los países con criterios comunes.',
    'Comprometerse a que ninguna persona objeto de tráfico sea criminalizada por el hecho de haber sido objeto de tráfico.',
  ],
  [
    'Adoptar un plan de acción integral que responda de manera efectiva a los flujos de migración irregular, con soluciones migratorias para cada perfil.',
    'Garantizar el retorno asistido, seguro y digno, y la reintegración de las personas que deciden volver a su país de origen.',
    'Ofrecer a cada persona objeto de tráfico una solución migratoria acorde con su situación: protección internacional, regularización o retorno.',
  ],
];

export function commitments(matrix: number): string[] {
  return COMMITMENTS[matrix % COMMITMENTS.length] ?? [];
}

/** What the leads add when they consolidate an action taken from a participant's matrix. */
export const CONSOLIDATIONS = [
  'Con enfoque de derechos humanos, de género y de niñez.',
  'Se implementará de forma coordinada entre los países miembros de la CRM.',
  'Con una fase piloto en el corredor centroamericano durante el primer año.',
  'Priorizando a las personas en situación de mayor vulnerabilidad.',
  'Con la participación de la sociedad civil en su diseño y seguimiento.',
];

/** Actions a participant writes in their working matrices: per matrix (care and prevention; migration solutions), per slot. */
const WORKING_ACTIONS: string[][][] = [
  [
    [
      'Campañas de información en las comunidades de origen y tránsito, en español y en lenguas indígenas, con personas retornadas.',
      'Acciones de prevención en escuelas y radios comunitarias de los municipios con mayor expulsión migratoria.',
    ],
    [
      'Protocolo regional de atención con una ficha única de derivación que acompañe a la persona entre instituciones y países.',
      'Protocolos de atención con estándares mínimos comunes para albergues públicos y de la sociedad civil.',
    ],
    [
      'Procedimientos especializados para niñas, niños y adolescentes no acompañados, desde la identificación hasta la reunificación familiar.',
      'Atención prioritaria a mujeres víctimas de violencia, personas LGBTI y personas mayores, con espacios seguros.',
    ],
    [
      'Visa humanitaria y protección de testigos para las personas objeto de tráfico que participan en procesos judiciales.',
      'Medidas de protección y acompañamiento legal durante todo el proceso penal contra los traficantes.',
    ],
    [
      'Plan regional de capacitación en derechos humanos para el personal de primera respuesta, obligatorio y con certificación.',
      'Formación conjunta y transfronteriza para agentes de migración, policía y fiscalía.',
    ],
  ],
  [
    [
      'Acuerdo regional de procedimientos de repatriación que garantice un retorno voluntario, seguro y digno, con evaluación previa de riesgos.',
      'Políticas de repatriación coordinadas entre consulados, con prioridad para la niñez y las personas enfermas.',
    ],
    [
      'Programas de reinserción con capital semilla, formación técnica y acompañamiento psicosocial durante el primer año.',
      'Reintegración en coordinación con los gobiernos locales de las comunidades de origen.',
    ],
    [
      'Permiso de residencia temporal para quienes cooperan con la investigación y el procesamiento de los traficantes.',
      'Protección de testigos y de sus familias en el país de origen mientras dura el proceso.',
    ],
    [
      'Vías regulares de movilidad laboral temporal, acordadas entre países de origen y destino.',
      'Regularización de personas con arraigo en el país de tránsito, con requisitos accesibles.',
    ],
    [
      'Procedimientos ágiles de determinación de la condición de refugiado, con plazos máximos acordados regionalmente.',
      'Acceso a la protección internacional desde el primer contacto, con información en el idioma de la persona.',
    ],
  ],
];

/** The choices for slot `slot` (0-based) of the `matrix`-th working matrix. */
export function workingActions(matrix: number, slot: number): string[] {
  const set = WORKING_ACTIONS[matrix % WORKING_ACTIONS.length] ?? [];
  return set[slot % set.length] ?? [];
}

export const ACTION_COMMENTS = [
  'Debe contar con presupuesto propio en cada país; de lo contrario dependerá de la cooperación internacional.',
  'Conviene partir de lo que ya existe en la CRM y no crear un instrumento nuevo.',
  'Es clave definir qué institución lidera en cada país y quién da seguimiento en la región.',
  'Sugiero un piloto en el corredor centroamericano antes de extenderlo a toda la región.',
  'La sociedad civil debe participar en el diseño y en la evaluación, no solo en la ejecución.',
  'Hay que prever intérpretes y materiales adaptados a la niñez y a las personas indígenas.',
  'La rotación de personal obliga a repetir la formación cada año.',
  'Los datos deben compartirse con garantías de protección de datos personales.',
  'Sin indicadores comunes no podremos comparar avances entre países.',
];

export const NOTES = [
  'En la discusión se insistió en no duplicar los protocolos existentes.',
  'Varios países pidieron que el plan tenga metas a dos y cinco años.',
  'La delegación de México ofreció compartir su experiencia con la visa humanitaria.',
  'Quedó pendiente definir el papel de los consulados en la derivación.',
  'Se propuso revisar el texto con la Red de Funcionarios de Enlace antes de la plenaria.',
  'La OIM y el ACNUR ofrecieron asistencia técnica para la fase piloto.',
  'Costa Rica y Panamá comentaron su mecanismo binacional como referencia.',
  'Hubo consenso en priorizar a la niñez no acompañada.',
];

export const PROPOSALS = [
  'Crear un registro regional de casos, con datos anonimizados, para medir la magnitud del tráfico ilícito de migrantes.',
  'Establecer un fondo regional para el retorno asistido de personas en situación de vulnerabilidad.',
  'Designar en cada país un enlace de protección disponible las 24 horas para la derivación de casos urgentes.',
  'Incluir a los gobiernos locales de las zonas fronterizas en la ruta de atención.',
  'Elaborar materiales de orientación para las personas migrantes en al menos cinco idiomas.',
];

/** The scheme of an action of a final matrix: who receives it, who acts, how it is evaluated and coordinated, what is measured. */
export const POPULATIONS = [
  'Niñas, niños y adolescentes no acompañados o separados; mujeres víctimas de violencia; personas LGBTI en tránsito.',
  'Personas objeto de tráfico en situación de vulnerabilidad detectadas en frontera, aeropuertos y albergues.',
  'Comunidades de origen con alta expulsión migratoria, en particular jóvenes de 15 a 29 años.',
  'Personas retornadas y sus familias en los municipios de origen.',
  'Personal de primera respuesta: agentes de migración, policía de fronteras, fiscalía y salud.',
];

export const INSTITUTIONS = [
  'Direcciones de migración (lideran), instituciones de protección de la niñez, ministerios de salud, con el apoyo técnico de la OIM y el UNICEF.',
  'Ministerios de Relaciones Exteriores y redes consulares, fiscalías especializadas, sociedad civil de la Red Regional de Protección.',
  'Puntos focales nacionales de la CRM, institutos de la mujer, defensorías del pueblo y el ACNUR.',
  'Academias de policía y de migración, con la UNODC y la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes.',
];

export const EVALUATIONS = [
  'Informe anual por país a la reunión viceministerial, con una revisión de medio término a los dos años.',
  'Evaluación externa al final de la fase piloto, con participación de la sociedad civil.',
  'Seguimiento semestral por la Red de Funcionarios de Enlace, con un tablero de indicadores comunes.',
  'Encuestas a las personas atendidas y auditoría de casos por muestreo cada año.',
];

export const COORDINATIONS = [
  'A través de las instituciones homólogas de cada país, con una secretaría técnica rotativa en la presidencia pro tempore.',
  'Mesa regional de protección que se reúne cada trimestre de forma virtual y una vez al año de forma presencial.',
  'Mecanismo de enlaces nacionales con un protocolo de comunicación acordado y plazos de respuesta de 48 horas.',
  'Grupo de trabajo ad hoc de la CRM, con la OIM como secretaría técnica.',
];

export const INDICATORS = [
  'Número de países que adoptan el protocolo; porcentaje de casos derivados en menos de 72 horas; personas atendidas desagregadas por sexo y edad.',
  'Personal capacitado y certificado por año; evaluación de conocimientos antes y después de la formación.',
  'Número de niñas, niños y adolescentes reunificados con su familia; tiempo promedio hasta la reunificación.',
  'Campañas realizadas, personas alcanzadas y cambio en la percepción del riesgo medido por encuesta.',
  'Retornos asistidos realizados; personas reintegradas con seguimiento a los 6 y 12 meses.',
];

export const PLENARY_COMMENTS = [
  'Apoyamos la acción, pero pedimos incluir a los países del Caribe desde la primera fase.',
  'Sugerimos precisar el plazo: ¿corto plazo significa un año o dos?',
  'Esta acción se solapa con la del grupo 2; proponemos fusionarlas.',
  'Falta indicar de dónde saldrán los fondos para la implementación.',
  'Nuestro país puede ofrecer su experiencia y acoger el primer taller regional.',
  'Es importante que los indicadores se desagreguen por sexo, edad y nacionalidad.',
  'Proponemos que la sociedad civil forme parte del mecanismo de evaluación.',
  'Estamos de acuerdo; pedimos que se consulte con las instituciones de protección de la niñez.',
  'La redacción debería hablar de personas objeto de tráfico y no de migrantes ilegales.',
  'Solicitamos aplazar la decisión hasta consultar con nuestra capital.',
];
