// What a room writes on the PESTLE board: statements per category and kind, a closing remark, cluster labels.
import type { PestleCategory, PestleKind } from '../../../shared/domain/constants.js';

type Statement = [PestleKind, string];

export const STATEMENTS: Record<PestleCategory, Statement[]> = {
  political: [
    [
      'state',
      'La mayoría de los países cuenta con mesas interinstitucionales contra el tráfico ilícito de migrantes, pero se reúnen de forma irregular.',
    ],
    ['challenge', 'Los acuerdos de la CRM no son vinculantes y su cumplimiento depende de la voluntad de cada gobierno.'],
    ['advance', 'La Red de Funcionarios de Enlace ha agilizado la comunicación entre países en casos urgentes de protección.'],
    ['state', 'La coordinación entre cancillerías y direcciones de migración depende más de las personas que de los procedimientos.'],
    [
      'opportunity',
      'El interés de los organismos internacionales por la región permite acompañar técnicamente la implementación del plan.',
    ],
    ['disadvantage', 'Las tensiones diplomáticas entre países vecinos paralizan a veces la cooperación en frontera.'],
    ['challenge', 'Los gobiernos locales de las zonas fronterizas no participan en las decisiones, aunque son los primeros en atender.'],
    [
      'challenge',
      'Los cambios frecuentes de autoridades en los ministerios de Gobernación interrumpen los compromisos asumidos en la Conferencia.',
    ],
    ['advance', 'La Estrategia Regional contra el Tráfico Ilícito de Migrantes ha dado un marco político común a los países miembros.'],
    [
      'opportunity',
      'La presidencia pro tempore de la CRM abre una ventana para acordar un Plan de Trabajo regional con metas verificables.',
    ],
    [
      'disadvantage',
      'La agenda migratoria se politiza en periodos electorales y se reducen los espacios de diálogo con la sociedad civil.',
    ],
    [
      'state',
      'Existe voluntad política para coordinar, aunque la prioridad sigue siendo el control fronterizo por encima de la protección.',
    ],
    ['challenge', 'Falta una instancia regional con mandato para dar seguimiento a los acuerdos sobre atención a personas vulnerables.'],
    [
      'opportunity',
      'Los compromisos del Pacto Mundial para la Migración refuerzan la cooperación entre países de origen, tránsito y destino.',
    ],
    ['advance', 'Varios países han designado puntos focales nacionales para la identificación y derivación de víctimas.'],
    ['disadvantage', 'La presión de los países de destino condiciona las políticas migratorias de los países de tránsito.'],
  ],
  economic: [
    [
      'state',
      'Las redes de tráfico cobran entre 8.000 y 15.000 dólares por persona, y el pago suele hacerse por etapas a lo largo de la ruta.',
    ],
    ['challenge', 'La extorsión a personas migrantes en la ruta mueve recursos que terminan financiando a otras redes criminales.'],
    ['advance', 'Se han firmado convenios con el sector privado para financiar el transporte de personas retornadas a sus comunidades.'],
    ['disadvantage', 'Los recortes de la cooperación internacional han cerrado programas de atención que funcionaban bien.'],
    ['state', 'Buena parte de las familias vende tierras o ganado para pagar el viaje y queda sin medios si la persona es retornada.'],
    ['opportunity', 'Las cámaras empresariales muestran interés en contratar a personas refugiadas y solicitantes de asilo.'],
    ['challenge', 'Los costos de la atención especializada a la niñez no acompañada no están previstos en los presupuestos anuales.'],
    ['challenge', 'Los presupuestos de las instituciones de protección no alcanzan para sostener albergues especializados todo el año.'],
    ['disadvantage', 'La falta de empleo formal en las comunidades de origen empuja a jóvenes a endeudarse con los traficantes.'],
    ['opportunity', 'La cooperación internacional ofrece fondos para programas de reintegración económica de personas retornadas.'],
    ['advance', 'Algunos bancos de la región ya aplican alertas para detectar transferencias vinculadas al pago de traficantes.'],
    ['state', 'Las remesas son una parte importante del ingreso de los hogares y alimentan la expectativa de migrar.'],
    ['challenge', 'Las unidades de análisis financiero rara vez comparten información sobre flujos sospechosos con sus pares.'],
    ['disadvantage', 'El costo de los trámites migratorios regulares es alto para las familias de bajos ingresos.'],
    ['opportunity', 'Los programas de movilidad laboral temporal pueden ofrecer una vía regular frente a la oferta de los traficantes.'],
    ['state', 'Las economías de las zonas fronterizas dependen en parte de servicios prestados a las personas en tránsito.'],
  ],
  social: [
    [
      'state',
      'Aumenta el número de niñas, niños y adolescentes no acompañados que cruzan la región, muchos de ellos menores de doce años.',
    ],
    ['disadvantage', 'Los medios de comunicación asocian con frecuencia la migración a la delincuencia y refuerzan el rechazo.'],
    ['challenge', 'Las personas migrantes extracontinentales no hablan el idioma y no entienden los procedimientos que se les aplican.'],
    ['advance', 'Las escuelas de varias comunidades fronterizas reciben ya a niñas y niños migrantes sin exigirles documentos.'],
    ['state', 'Las redes familiares en el país de destino son el principal motivo de la migración de adolescentes.'],
    ['opportunity', 'Las personas retornadas están dispuestas a contar su experiencia en sus comunidades para prevenir riesgos.'],
    ['disadvantage', 'El estigma hacia las personas retornadas dificulta su reintegración y las empuja a migrar de nuevo.'],
    ['challenge', 'La xenofobia en las comunidades de tránsito dificulta el acceso de las personas migrantes a servicios básicos.'],
    ['advance', 'Las redes de casas del migrante y albergues se han articulado con las instituciones públicas de protección.'],
    ['opportunity', 'Las organizaciones de la diáspora pueden difundir información confiable sobre los riesgos de la migración irregular.'],
    ['disadvantage', 'Muchas víctimas no denuncian por miedo a ser deportadas o a represalias contra sus familias.'],
    ['state', 'Las mujeres migrantes están expuestas a violencia sexual en las rutas, y pocas reciben atención médica y psicosocial.'],
    [
      'challenge',
      'Las personas LGBTI en tránsito sufren violencia específica y los albergues no siempre tienen espacios seguros para ellas.',
    ],
    ['state', 'Crece la migración de familias completas, incluidas personas adultas mayores con enfermedades crónicas.'],
    ['advance', 'Los consulados han mejorado la atención a connacionales en situación de vulnerabilidad en los países de tránsito.'],
    ['opportunity', 'Las comunidades indígenas tienen estructuras propias de protección que pueden integrarse en la ruta de derivación.'],
  ],
  technological: [
    ['state', 'Los traficantes usan redes sociales y aplicaciones de mensajería para captar personas y coordinar los traslados.'],
    [
      'challenge',
      'Los sistemas de registro migratorio no son interoperables y una misma persona aparece con datos distintos en cada país.',
    ],
    ['challenge', 'Los pagos a traficantes se hacen cada vez más por medios electrónicos difíciles de rastrear.'],
    ['advance', 'Algunos países comparten ya alertas migratorias de personas menores de edad reportadas como desaparecidas.'],
    ['state', 'Las herramientas de traducción automática se usan en frontera, pero no son fiables para lenguas indígenas.'],
    ['opportunity', 'Las empresas de telefonía pueden enviar mensajes de orientación a quienes entran al país por pasos fronterizos.'],
    ['disadvantage', 'Las bases de datos de personas desaparecidas no están conectadas entre países ni con los servicios forenses.'],
    ['challenge', 'Los equipos de detección de documentos falsos son escasos y están concentrados en los aeropuertos.'],
    ['advance', 'La biometría en los puestos fronterizos ha permitido identificar casos de suplantación de identidad de menores.'],
    ['opportunity', 'Una plataforma regional de alertas tempranas permitiría compartir casos de personas desaparecidas en tránsito.'],
    ['disadvantage', 'Muchas oficinas fronterizas no tienen conectividad estable, por lo que los registros se siguen haciendo en papel.'],
    ['state', 'Las personas migrantes dependen del teléfono móvil para orientarse, pero pierden el acceso cuando les roban los equipos.'],
    ['challenge', 'Falta personal capacitado para investigar delitos cometidos a través de plataformas digitales.'],
    ['opportunity', 'Las aplicaciones de información oficial pueden contrarrestar los mensajes engañosos que difunden los traficantes.'],
    ['advance', 'Se ha puesto en marcha una línea telefónica gratuita para orientar a personas migrantes y recibir denuncias.'],
    ['disadvantage', 'La protección de datos personales no está garantizada cuando se comparte información entre instituciones.'],
  ],
  legal: [
    ['state', 'No todos los países han tipificado el tráfico ilícito de migrantes conforme al Protocolo de Palermo.'],
    ['challenge', 'Las legislaciones nacionales confunden a menudo el tráfico ilícito de migrantes con la trata de personas.'],
    ['advance', 'Varios países han aprobado protocolos de atención a niñez migrante que priorizan el interés superior del niño.'],
    ['opportunity', 'La reforma en curso de la ley de migración permite incluir la no criminalización de las personas objeto de tráfico.'],
    ['disadvantage', 'Los procedimientos de asilo son largos y muchas personas abandonan el trámite antes de la resolución.'],
    ['state', 'La detención administrativa de personas migrantes sigue siendo la regla en varios países de tránsito.'],
    ['challenge', 'La cooperación judicial entre países es lenta y los exhortos tardan meses en responderse.'],
    ['advance', 'Existen memorandos bilaterales para el retorno asistido y seguro de niñas, niños y adolescentes.'],
    ['opportunity', 'Un acuerdo regional de reconocimiento de documentos de identidad facilitaría la regularización.'],
    ['disadvantage', 'Las víctimas de delitos en la ruta no acceden a una visa humanitaria mientras dura el proceso penal.'],
    ['challenge', 'Los jueces y fiscales conocen poco los instrumentos internacionales de protección de personas migrantes.'],
    ['advance', 'Algunos países han creado fiscalías especializadas en tráfico ilícito de migrantes con resultados concretos.'],
    ['state', 'Las penas por tráfico ilícito de migrantes varían mucho de un país a otro, lo que favorece el desplazamiento de las redes.'],
    ['opportunity', 'La armonización de los tipos penales en la región facilitaría la extradición de los responsables.'],
    ['disadvantage', 'Las personas objeto de tráfico que declaran como testigos quedan sin protección cuando termina el juicio.'],
    ['challenge', 'No existe un procedimiento común para determinar la edad de quienes dicen ser menores de edad.'],
  ],
  environmental: [
    ['state', 'Las sequías prolongadas en el Corredor Seco centroamericano han aumentado la migración desde las zonas rurales.'],
    ['challenge', 'Los huracanes y las inundaciones desplazan a comunidades enteras que luego quedan expuestas a las redes de tráfico.'],
    ['disadvantage', 'Las rutas por la selva del Darién y por zonas desérticas aumentan el riesgo de muerte de las personas migrantes.'],
    ['opportunity', 'Los planes nacionales de adaptación al cambio climático pueden incluir la prevención de la migración forzada.'],
    ['advance', 'Algunos países han incorporado la movilidad humana en sus protocolos de respuesta a desastres.'],
    ['state', 'Las personas que migran por causas ambientales no tienen una categoría migratoria específica en la región.'],
    ['challenge', 'Los traficantes aprovechan las emergencias por desastres para ofrecer traslados a quienes lo han perdido todo.'],
    ['opportunity', 'La gestión conjunta de cuencas y zonas fronterizas puede abrir espacios de cooperación entre países vecinos.'],
    ['disadvantage', 'Los albergues temporales tras un desastre carecen de mecanismos para detectar a posibles víctimas de trata.'],
    ['state', 'La pérdida de cosechas y el alza de las temperaturas reducen los ingresos de las familias campesinas.'],
    [
      'challenge',
      'Las temporadas de lluvias hacen intransitables las rutas habituales y desvían a las personas hacia zonas más peligrosas.',
    ],
    ['advance', 'Los sistemas de alerta temprana ante desastres incluyen ya información dirigida a personas en tránsito.'],
    ['state', 'La degradación de los suelos en comunidades indígenas empuja a familias enteras a migrar de manera estacional.'],
    ['opportunity', 'Los fondos climáticos internacionales pueden financiar medios de vida en las comunidades de mayor expulsión.'],
    [
      'disadvantage',
      'Las personas que cruzan zonas de calor extremo llegan deshidratadas y los puestos fronterizos no tienen cómo atenderlas.',
    ],
    ['state', 'Los desastres recientes han dejado a miles de familias sin vivienda en las zonas costeras del Caribe.'],
  ],
};

/** A remark a participant adds after the statement, when it fits. */
const REMARKS = [
  'Se observa sobre todo en la frontera entre Guatemala y México.',
  'Así lo señalan los informes nacionales de 2025.',
  'Afecta en especial a niñas, niños y adolescentes.',
  'Se planteó en la última reunión viceministerial.',
  'Requiere una respuesta coordinada entre origen, tránsito y destino.',
  'Lo confirman las organizaciones de la sociedad civil.',
  'Sin datos desagregados es difícil medirlo.',
  'Es más grave en las zonas rurales y en la costa caribe.',
  'La OIM tiene estudios recientes al respecto.',
  'Varios países lo mencionaron en sus informes a la CRM.',
  'Hay que tenerlo en cuenta en el Plan de Trabajo.',
  'Las mujeres y las personas indígenas son las más afectadas.',
];
const COUNTRY_REMARKS = [
  (country: string) => `Es el caso de ${country}.`,
  (country: string) => `En ${country} se ha documentado bien.`,
  (country: string) => `Lo hemos visto en ${country} este último año.`,
  (country: string) => `${country} lo señaló en su informe nacional.`,
];

/** Every remark that may follow a statement, those naming a country once per member country. */
export function remarks(countries: readonly string[]): string[] {
  return [...REMARKS, ...countries.flatMap((c) => COUNTRY_REMARKS.map((r) => r(c)))];
}

export const CLUSTERS: Record<PestleCategory, string[]> = {
  political: [
    'Voluntad y coordinación política',
    'Institucionalidad regional',
    'Ciclos electorales',
    'Relación con países de destino',
    'Puntos focales y mesas',
  ],
  economic: [
    'Economía del tráfico',
    'Presupuesto de protección',
    'Empleo y endeudamiento',
    'Flujos financieros',
    'Vías laborales regulares',
  ],
  social: ['Niñez no acompañada', 'Discriminación y xenofobia', 'Redes de apoyo', 'Violencia de género', 'Pueblos indígenas'],
  technological: ['Captación en línea', 'Registros e interoperabilidad', 'Biometría', 'Conectividad en frontera', 'Información oficial'],
  legal: ['Tipificación del delito', 'Protección de la niñez', 'Asilo y refugio', 'Detención migratoria', 'Cooperación judicial'],
  environmental: ['Corredor Seco', 'Desastres y desplazamiento', 'Rutas de alto riesgo', 'Adaptación climática', 'Albergues temporales'],
};
