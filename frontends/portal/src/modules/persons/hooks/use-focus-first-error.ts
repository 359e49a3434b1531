import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a refused submit, moves focus to the first field marked invalid, so that keyboard and
 * screen-reader users land on the error instead of having to look for it. Call `focusFirstError()`
 * whenever field errors have been set.
 */
export function useFocusFirstError(): { formRef: RefObject<HTMLFormElement | null>; focusFirstError: () => void } {
  const formRef = useRef<HTMLFormElement | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus();
  }, [attempt]);
  const focusFirstError = useCallback(() => setAttempt((n) => n + 1), []);
  return { formRef, focusFirstError };
}
