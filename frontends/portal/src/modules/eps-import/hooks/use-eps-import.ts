import { readFileAsBase64, graphqlErrorText } from '@statsbidrag/ui';
import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { IMPORT_EPS_EXTRACT_MUTATION, type EpsImportResult } from '../graphql/import-eps-extract.mutation.js';

export type EpsImportState =
  | { status: 'idle' }
  | { status: 'importing'; fileName: string }
  | { status: 'done'; result: EpsImportResult }
  | { status: 'failed'; fileName: string; message: string };

/** Reads the file as base64 in the browser and sends `importEpsExtract`; one import at a time. `reset` forgets the last result. */
export function useEpsImport(): [EpsImportState, (file: File) => Promise<void>, () => void] {
  const [state, setState] = useState<EpsImportState>({ status: 'idle' });
  const [, importEpsExtract] = useMutation(IMPORT_EPS_EXTRACT_MUTATION);

  const run = useCallback(
    async (file: File) => {
      setState({ status: 'importing', fileName: file.name });
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        setState({ status: 'failed', fileName: file.name, message: 'Filen kunde inte läsas. Kontrollera att den inte är öppen i ett annat program och försök igen.' });
        return;
      }
      const result = await importEpsExtract({ input: { fileName: file.name, contentBase64 } });
      if (result.data?.importEpsExtract) {
        setState({ status: 'done', result: result.data.importEpsExtract });
      } else {
        const message = result.error ? graphqlErrorText(result.error, 'Tjänsten svarar inte just nu. Försök igen om en stund; en fil som redan har importerats läses inte in två gånger.') : 'Ett oväntat fel inträffade.';
        setState({ status: 'failed', fileName: file.name, message });
      }
    },
    [importEpsExtract],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return [state, run, reset];
}
