import { useEffect, useState } from 'react';
import { ApiError, api, type TemplateSummary } from '../lib/api';
import { useApiOptions } from '../useApiOptions';

/** The guides a group can work on (GET /api/templates), loaded once; an error comes in the user's language. */
export function useTemplates(): { templates: TemplateSummary[] | null; error: string } {
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
  return { templates, error };
}
