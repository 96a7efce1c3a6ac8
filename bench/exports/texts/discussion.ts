// What the room says in the day-1 phases: on objectives, per theme of the guiding questions, good practices.

export const OBJECTIVE_COMMENTS = [
  'El objetivo es pertinente, pero conviene precisar qué institución lidera en cada país.',
  'Proponemos incluir de forma explícita a las personas solicitantes de asilo.',
  'Sin un mecanismo de seguimiento regional, el objetivo se queda en una declaración.',
  'Habría que vincularlo con los protocolos que ya existen en la CRM para no duplicar esfuerzos.',
  'Falta mencionar el enfoque de género y la atención diferenciada a mujeres víctimas de violencia.',
  'Es importante que las campañas se hagan en lenguas indígenas y con materiales adaptados a la niñez.',
  'El presupuesto debe estar previsto desde el inicio; de lo contrario no será sostenible.',
  'Sugerimos medir el avance con indicadores comunes para todos los países.',
  'La participación de la sociedad civil debería figurar en la redacción del objetivo.',
  'Coincidimos con el planteamiento, aunque el plazo propuesto nos parece poco realista.',
];

/** Contributions per theme of the guiding questions (`care`, `solutions`, `prevention`, `reflection`). */
export const QUESTION_NOTES: Record<string, string[]> = {
  care: [
    'En la práctica, el primer criterio es la edad: toda persona que declara ser menor se trata como tal hasta que se demuestre lo contrario.',
    'Los criterios deben combinar la situación de la persona, el tipo de delito sufrido y los riesgos en el país de origen.',
    'Las necesidades inmediatas son agua, alimento, atención médica y un lugar seguro; la asistencia legal viene después.',
    'Muchas personas tienen familiares en el país de destino, pero no se atreven a contactarlos por miedo a exponerlos.',
    'Las redes de apoyo suelen ser las mismas que financiaron el viaje, lo que complica la protección.',
    'Las necesidades cambian mucho si la persona decide solicitar asilo o retornar a su país.',
    'Proponemos una ficha única de derivación, acordada regionalmente, que acompañe a la persona entre instituciones.',
    'La sociedad civil llega a donde el Estado no llega, sobre todo en los puntos ciegos de la frontera.',
    'La alianza con el sector privado podría cubrir transporte y alimentación en los albergues.',
    'El personal de frontera necesita una capacitación práctica y obligatoria en derechos humanos, con casos reales.',
    'En nuestro país la capacitación existe, pero la rotación del personal obliga a repetirla cada año.',
    'Es fundamental contar con intérpretes para las personas extracontinentales desde el primer contacto.',
  ],
  solutions: [
    'El principal desafío es que cada país registra la información de manera distinta y no se comparte.',
    'Sin acuerdos de retorno con los países de origen extracontinentales, las personas quedan en un limbo jurídico.',
    'En nuestro país existe una visa humanitaria para víctimas de delitos, aunque es poco conocida por los operadores.',
    'La regularización temporal de quienes colaboran con la justicia ha dado buenos resultados en la persecución de las redes.',
    'La cooperación regional es indispensable para el retorno asistido: nadie puede hacerlo solo.',
    'Los consulados deben participar desde el inicio y no solo al momento del retorno.',
    'Proponemos un fondo regional para cubrir los costos del retorno de personas en situación de vulnerabilidad.',
    'La reintegración debe incluir acompañamiento psicosocial y oportunidades de empleo en la comunidad de origen.',
    'Los procedimientos de determinación de la condición de refugiado deben ser más ágiles.',
    'Hay que evitar que la persona sea entrevistada cinco veces por cinco instituciones distintas.',
  ],
  prevention: [
    'Las campañas de prevención funcionan mejor cuando las realizan personas retornadas de la propia comunidad.',
    'Proponemos trabajar con las escuelas en las zonas de mayor expulsión migratoria.',
    'Es necesario monitorear las redes sociales donde los traficantes publican sus ofertas.',
    'La prevención debe incluir alternativas reales: empleo, educación y vías regulares de migración.',
    'La sociedad civil puede llevar los mensajes a comunidades donde el Estado genera desconfianza.',
    'Las radios comunitarias y las iglesias son canales eficaces en las zonas rurales.',
    'Las alianzas público-privadas permitirían financiar campañas sostenidas y no solo acciones puntuales.',
    'Conviene medir el impacto de las campañas con encuestas antes y después.',
  ],
  reflection: [
    'La propuesta más eficaz sería un protocolo regional de atención con una ruta de derivación común.',
    'El marco de aplicación debe ser regional, con planes de implementación nacionales y locales.',
    'La población receptora prioritaria es la niñez no acompañada, seguida de las mujeres víctimas de violencia.',
    'Las instituciones responsables serían las direcciones de migración, con el apoyo de las de protección de la niñez.',
    'La evaluación podría hacerse cada año en la reunión viceministerial, con un informe por país.',
    'La coordinación a través de instituciones homólogas ya funciona para los temas consulares y podría ampliarse.',
    'Los organismos internacionales pueden aportar asistencia técnica y fondos iniciales.',
    'Proponemos un plazo de dos años para una primera fase piloto en los países del corredor centroamericano.',
  ],
};

export const PRACTICES = [
  {
    title: 'Protocolo binacional de atención a niñez migrante no acompañada',
    summary:
      'Acuerdo entre las instituciones de protección de la niñez de ambos países para la recepción, el cuidado y la reunificación familiar. Incluye una ficha común de entrevista y un enlace permanente en cada puesto fronterizo.',
  },
  {
    title: 'Mesa interinstitucional de detección temprana en el aeropuerto internacional',
    summary:
      'Migración, policía, fiscalía y una organización de la sociedad civil revisan cada semana los casos detectados. En dos años se identificaron más de 150 posibles víctimas y se derivaron a atención especializada.',
  },
  {
    title: 'Campaña «Infórmate antes de migrar» en radios comunitarias',
    summary:
      'Mensajes en español y en tres lenguas indígenas, grabados por personas retornadas. La campaña llegó a 40 municipios de alta expulsión y se evaluó con una encuesta en las comunidades.',
  },
  {
    title: 'Visa humanitaria para víctimas de delitos en tránsito',
    summary:
      'Permiso de permanencia de un año, renovable, para personas que denuncian delitos cometidos en la ruta. Permite trabajar legalmente y acceder a servicios de salud durante el proceso penal.',
  },
  {
    title: 'Red de albergues con estándares mínimos comunes',
    summary:
      'Doce albergues de la sociedad civil adoptaron estándares de atención acordados con el Estado: espacios separados para familias, mujeres y personas LGBTI, y atención psicosocial en las primeras 72 horas.',
  },
  {
    title: 'Programa de reintegración económica de personas retornadas',
    summary:
      'Capital semilla, formación técnica y acompañamiento durante un año. El programa se coordina con los gobiernos locales y prioriza a jóvenes y mujeres jefas de hogar.',
  },
  {
    title: 'Curso virtual de derechos humanos para personal de frontera',
    summary:
      'Formación de 40 horas con casos prácticos, obligatoria para el personal de nuevo ingreso. Más de 900 agentes la han completado y se certifica junto con la academia de policía.',
  },
  {
    title: 'Línea telefónica regional de orientación a personas migrantes',
    summary:
      'Servicio gratuito atendido por personal capacitado, con derivación inmediata a las instituciones de protección. Recibe en promedio 300 llamadas al mes y funciona las 24 horas.',
  },
];

/** One short note per need of the profiles × needs grid (at most 300 characters). */
export const NEED_NOTES: Record<string, string[]> = {
  interpretation: [
    'Intérprete desde el primer contacto; prever lenguas indígenas y extracontinentales.',
    'Usar la red de intérpretes de los consulados y de la OIM.',
  ],
  'identity-verification': [
    'Verificación sin retener documentos; consulta consular con consentimiento.',
    'Evitar la exposición de datos ante terceros países.',
  ],
  'health-check': [
    'Revisión médica en las primeras 24 horas, con atención prioritaria a heridas y deshidratación.',
    'Coordinar con el centro de salud más cercano.',
  ],
  'medical-psychosocial-care': [
    'Primeros auxilios psicológicos y seguimiento por personal especializado.',
    'Atención diferenciada tras violencia sexual.',
  ],
  shelter: ['Albergue especializado y separado según edad y género.', 'Espacios seguros para personas LGBTI; evitar centros de detención.'],
  food: ['Alimentación adecuada a la edad y a las condiciones de salud.', 'Contemplar dietas por motivos culturales o religiosos.'],
  documents: [
    'Documento provisional de identidad mientras se resuelve la situación migratoria.',
    'Gestión gratuita de actas y pasaportes.',
  ],
  'consular-contact': [
    'Contacto consular solo si no hay riesgo de persecución en el país de origen.',
    'Informar a la persona de su derecho a pedirlo.',
  ],
  'family-contact': ['Llamada gratuita a la familia en las primeras horas.', 'Búsqueda familiar con apoyo de la Cruz Roja.'],
  'legal-assistance': [
    'Asesoría legal gratuita sobre asilo, regularización y derechos como víctima.',
    'Acompañamiento durante el proceso penal.',
  ],
  'international-protection': [
    'Informar del derecho a solicitar asilo y derivar a la comisión de refugiados.',
    'Entrevista en condiciones de confidencialidad.',
  ],
  'assisted-return': [
    'Retorno voluntario, seguro y digno, con evaluación de riesgos previa.',
    'Coordinación con la institución receptora en el país de origen.',
  ],
};

/** Institutions at each step of a referral route (at most 500 characters). */
export const STEP_INSTITUTIONS: Record<string, string[]> = {
  detection: [
    'Dirección General de Migración (puestos fronterizos y aeropuertos), Policía Nacional, organizaciones de la sociedad civil en la ruta, personal de salud.',
    'Agentes de migración y de aduanas, albergues de la sociedad civil, Cruz Roja, líneas telefónicas de denuncia.',
  ],
  'preliminary-identification': [
    'Unidad especializada de Migración con apoyo de la Procuraduría de la Niñez y de la OIM; entrevista con intérprete cuando se requiera.',
    'Fiscalía especializada y equipo multidisciplinario de la mesa interinstitucional de detección.',
  ],
  referral: [
    'Mesa interinstitucional de derivación: Migración, institución de protección de la niñez, Ministerio de Salud, Defensoría del Pueblo y ACNUR.',
    'Punto focal nacional de la CRM y consulado del país de origen, con consentimiento de la persona.',
  ],
  'assistance-protection': [
    'Albergues especializados, Ministerio de Salud, Instituto de la Mujer, Comisión de Refugiados y organizaciones de la sociedad civil.',
    'Institución de protección de la niñez, programas de reintegración de la OIM y servicios consulares.',
  ],
};

export const CONSIDERATIONS = [
  'Garantizar la confidencialidad de los datos y el consentimiento informado en cada paso.',
  'Evitar la revictimización: una sola entrevista a fondo, con personal capacitado y en un espacio adecuado.',
  'Priorizar el interés superior de la niñez en todas las decisiones, incluidas las de retorno.',
  'Considerar el idioma, la cultura y la pertenencia étnica de la persona.',
  'No condicionar la asistencia a la colaboración con la justicia.',
  'Prever el acompañamiento de la persona en los traslados entre instituciones y entre países.',
  'Informar a la persona, en un lenguaje que comprenda, de cada paso y de sus derechos.',
];
