import { useEffect, useState } from 'react';
import { ApiError, api, type TemplateSummary } from './api';
import { useApiOptions } from '../useApiOptions';

/**
 * The guides the server offers (GET /api/templates), loaded once; an error comes in the user's
 * language. `add` puts a template just imported into the list (replacing one of the same id).
 */
export function useTemplates(): { templates: TemplateSummary[] | null; error: string; add: (t: TemplateSummary) => void } {
  const apiOptions = useApiOptions();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: load the list once; the language only changes labels
  useEffect(() => {
    let live = true;
    api
      .templates(apiOptions)
      .then((list) => live && setTemplates(list))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e.message : apiOptions.networkMessage));
    return () => {
      live = false;
    };
  }, []);
  const add = (imported: TemplateSummary) => setTemplates((list) => [...(list ?? []).filter((t) => t.id !== imported.id), imported]);
  return { templates, error, add };
}
