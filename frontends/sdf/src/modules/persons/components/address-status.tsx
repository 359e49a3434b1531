import { Badge } from '@statsbidrag/ui';
import type { AddressStatus as AddressStatusValue } from '../graphql/persons.query.js';

/** The address status in Swedish; a deviation is marked with text, frame and icon (not colour alone). */
export function AddressStatus({ status, label }: { status: AddressStatusValue; label: string }) {
  if (status === 'OK') return <span data-testid="address-status">{label}</span>;
  return (
    <Badge tone="warning" data-testid="address-status">
      {label}
    </Badge>
  );
}
