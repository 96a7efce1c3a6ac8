import { useCallback, useState } from 'react';
import { toggled } from './autosave';

/** Which fields of a matrix hold text not yet sent, so the matrix can say "saving". */
export function useDirtyFields() {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback((key: string, dirty: boolean) => setKeys((prev) => toggled(prev, key, dirty)), []);
  return { any: keys.size > 0, report };
}
