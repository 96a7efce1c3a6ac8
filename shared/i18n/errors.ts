import type { Language } from '../domain/constants.js';
import type { ErrorCode, ErrorParams } from '../errors.js';

/** Human messages for every error code, per language. `{{name}}` is replaced by a parameter. */
export const errorMessages: Record<Language, Record<ErrorCode, string>> = {
  es: {
    invalid_json: 'El mensaje no es JSON válido.',
    invalid_message: 'El mensaje no tiene el formato esperado ({{field}}).',
    invalid_args: 'Dato no válido en «{{field}}».',
    too_long: 'El texto de «{{field}}» supera el máximo de {{max}} caracteres.',
    unknown_mutation: 'Operación desconocida: {{name}}.',
    unknown_phase: 'Esa fase no existe en este taller.',
    unknown_template: 'No existe esa plantilla.',
    invalid_template: 'El archivo de plantilla tiene {{count}} problema(s): {{errors}}',
    template_exists: 'Mesa ya incluye una plantilla con el identificador «{{id}}»: use otro identificador para la suya.',
    unsupported_protocol: 'Versión de protocolo no compatible; recargue la página.',
    hello_required: 'Primero hay que identificarse en la conexión.',
    unauthorized: 'Falta el enlace de acceso o no es válido para este taller.',
    forbidden: 'Su rol no permite esta acción.',
    board_locked: 'En este momento solo la facilitación y la relatoría escriben en el tablero.',
    phase_locked: 'La facilitación cerró los aportes en esta fase; la relatoría sigue tomando nota.',
    target_missing: 'Ese elemento ya no está en la guía del taller.',
    cluster_missing: 'Ese grupo ya no existe; quizá otra persona lo eliminó.',
    voting_closed: 'No hay ninguna votación abierta.',
    in_use: 'Eso ya tiene aportes de la sala (o es la fase en curso); no se puede quitar.',
    not_a_plenary: 'Este taller no tiene grupos: cree un taller con plenaria para añadirlos.',
    export_unavailable: 'Ese documento ({{kind}}, {{format}}) no está disponible para este taller.',
    invalid_backup: 'Este archivo no es una copia de seguridad de Mesa que se pueda restaurar ({{reason}}). No se cambió nada.',
    workshop_exists: 'Este Mesa ya tiene el taller {{id}}: no se restauró nada.',
    no_plenary: 'Este grupo no forma parte de un taller con plenaria.',
    dots_exhausted: 'Ya usó sus {{max}} puntos; quite alguno para votar otra cosa.',
    not_author: 'Solo quien escribió este aporte (o la facilitación) puede cambiarlo.',
    workshop_not_found: 'No se encontró el taller.',
    join_code_not_found: 'No hay ningún taller con ese código.',
    not_found: 'No encontrado.',
    item_missing: 'Ese aporte ya no existe; quizá otra persona lo eliminó.',
    member_missing: 'Esa persona no está en el taller.',
    duplicate_id: 'Ya existe un aporte con ese identificador.',
    timer_not_set: 'No hay ningún temporizador.',
    timer_not_running: 'El temporizador no está en marcha.',
    timer_not_paused: 'El temporizador no está en pausa.',
    limit_reached: 'Se alcanzó el máximo de {{max}} elementos.',
    payload_too_large: 'El mensaje es demasiado grande (máximo {{max}} bytes).',
    rate_limited: 'Demasiadas solicitudes; espere un momento.',
    internal: 'Error interno del servidor; no se perdió nada de lo ya confirmado.',
    store_unavailable: 'No se pudo guardar; se reintentará.',
    request_timeout: 'La solicitud tardó demasiado en llegar completa; inténtelo de nuevo.',
    headers_too_large: 'Las cabeceras de la solicitud son demasiado grandes (máximo {{max}} bytes).',
  },
  en: {
    invalid_json: 'The message is not valid JSON.',
    invalid_message: 'The message does not have the expected shape ({{field}}).',
    invalid_args: 'Invalid value in “{{field}}”.',
    too_long: 'The text of “{{field}}” is longer than the maximum of {{max}} characters.',
    unknown_mutation: 'Unknown operation: {{name}}.',
    unknown_phase: 'That phase does not exist in this workshop.',
    unknown_template: 'There is no such template.',
    invalid_template: 'The template file has {{count}} problem(s): {{errors}}',
    template_exists: 'Mesa already ships a template with the id «{{id}}»: give yours another id.',
    unsupported_protocol: 'Unsupported protocol version; please reload the page.',
    hello_required: 'The connection must identify itself first.',
    unauthorized: 'The access link is missing or not valid for this workshop.',
    forbidden: 'Your role does not allow this.',
    board_locked: 'Right now only the facilitator and the rapporteur write on the board.',
    phase_locked: 'The facilitator closed input in this phase; the rapporteur keeps taking notes.',
    target_missing: 'That item is no longer in the workshop guide.',
    cluster_missing: 'That cluster no longer exists; someone may have removed it.',
    voting_closed: 'No vote is open.',
    in_use: 'The room has already contributed to this (or it is the current phase); it cannot be removed.',
    not_a_plenary: 'This workshop has no groups: create a workshop with a plenary to add them.',
    export_unavailable: 'That document ({{kind}}, {{format}}) is not available for this workshop.',
    invalid_backup: 'This file is not a Mesa backup that can be restored ({{reason}}). Nothing was changed.',
    workshop_exists: 'This Mesa already holds workshop {{id}}: nothing was restored.',
    no_plenary: 'This group is not part of a workshop with a plenary.',
    dots_exhausted: 'You have used your {{max}} dots; take one back to vote for something else.',
    not_author: 'Only the author of this contribution (or the facilitator) can change it.',
    workshop_not_found: 'Workshop not found.',
    join_code_not_found: 'No workshop has that code.',
    not_found: 'Not found.',
    item_missing: 'That contribution no longer exists; someone may have removed it.',
    member_missing: 'That person is not in the workshop.',
    duplicate_id: 'A contribution with that id already exists.',
    timer_not_set: 'There is no timer.',
    timer_not_running: 'The timer is not running.',
    timer_not_paused: 'The timer is not paused.',
    limit_reached: 'The maximum of {{max}} items has been reached.',
    payload_too_large: 'The message is too large (at most {{max}} bytes).',
    rate_limited: 'Too many requests; please wait a moment.',
    internal: 'Internal server error; nothing already confirmed was lost.',
    store_unavailable: 'Could not save; it will be retried.',
    request_timeout: 'The request took too long to arrive in full; please try again.',
    headers_too_large: 'The request headers are too large (at most {{max}} bytes).',
  },
  fr: {
    invalid_json: 'Le message n’est pas du JSON valide.',
    invalid_message: 'Le message n’a pas la forme attendue ({{field}}).',
    invalid_args: 'Valeur non valide dans « {{field}} ».',
    too_long: 'Le texte de « {{field}} » dépasse le maximum de {{max}} caractères.',
    unknown_mutation: 'Opération inconnue : {{name}}.',
    unknown_phase: 'Cette phase n’existe pas dans cet atelier.',
    unknown_template: 'Ce modèle n’existe pas.',
    invalid_template: 'Le fichier de modèle a {{count}} problème(s) : {{errors}}',
    template_exists: 'Mesa fournit déjà un modèle avec l’identifiant « {{id}} » : donnez un autre identifiant au vôtre.',
    unsupported_protocol: 'Version de protocole non prise en charge ; rechargez la page.',
    hello_required: 'La connexion doit d’abord s’identifier.',
    unauthorized: 'Le lien d’accès manque ou n’est pas valide pour cet atelier.',
    forbidden: 'Votre rôle ne permet pas cette action.',
    board_locked: 'Pour le moment, seuls l’animation et le rapporteur écrivent sur le tableau.',
    phase_locked: "L'animation a fermé les contributions pour cette phase ; le rapporteur continue de prendre des notes.",
    target_missing: "Cet élément ne figure plus dans le guide de l'atelier.",
    cluster_missing: "Ce groupe n'existe plus ; quelqu'un l'a peut-être supprimé.",
    voting_closed: "Aucun vote n'est ouvert.",
    in_use: "La salle y a déjà contribué (ou c'est la phase en cours) ; on ne peut pas le retirer.",
    not_a_plenary: "Cet atelier n'a pas de groupes : créez un atelier avec plénière pour en ajouter.",
    export_unavailable: "Ce document ({{kind}}, {{format}}) n'est pas disponible pour cet atelier.",
    invalid_backup: "Ce fichier n'est pas une sauvegarde Mesa restaurable ({{reason}}). Rien n'a été modifié.",
    workshop_exists: "Ce Mesa contient déjà l'atelier {{id}} : rien n'a été restauré.",
    no_plenary: "Ce groupe ne fait pas partie d'un atelier avec plénière.",
    dots_exhausted: 'Vous avez utilisé vos {{max}} points ; retirez-en un pour voter pour autre chose.',
    not_author: 'Seul l’auteur de cette contribution (ou l’animation) peut la modifier.',
    workshop_not_found: 'Atelier introuvable.',
    join_code_not_found: 'Aucun atelier n’a ce code.',
    not_found: 'Introuvable.',
    item_missing: 'Cette contribution n’existe plus ; quelqu’un l’a peut-être supprimée.',
    member_missing: 'Cette personne ne fait pas partie de l’atelier.',
    duplicate_id: 'Une contribution avec cet identifiant existe déjà.',
    timer_not_set: 'Il n’y a pas de minuteur.',
    timer_not_running: 'Le minuteur n’est pas en marche.',
    timer_not_paused: 'Le minuteur n’est pas en pause.',
    limit_reached: 'Le maximum de {{max}} éléments est atteint.',
    payload_too_large: 'Le message est trop volumineux (au plus {{max}} octets).',
    rate_limited: 'Trop de requêtes ; patientez un instant.',
    internal: 'Erreur interne du serveur ; rien de ce qui était confirmé n’a été perdu.',
    store_unavailable: 'Enregistrement impossible ; nouvel essai à venir.',
    request_timeout: 'La requête a mis trop de temps à arriver en entier ; réessayez.',
    headers_too_large: 'Les en-têtes de la requête sont trop volumineux (au plus {{max}} octets).',
  },
};

export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? '…'));
}

export function errorMessage(lang: Language, code: ErrorCode, params?: ErrorParams): string {
  return interpolate(errorMessages[lang][code], params);
}

/** Picks es/en/fr from an Accept-Language header; Spanish when nothing matches. */
export function pickLanguage(header: string | undefined | null): Language {
  if (!header) return 'es';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (lang === 'es' || lang === 'en' || lang === 'fr') return lang;
  return 'es';
}
