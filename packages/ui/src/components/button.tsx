import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  /** primary: the main action; secondary: everything else; danger: destructive actions. */
  variant?: ButtonVariant;
  className?: string;
}

/** A button with visible focus ring, keyboard and touch support (react-aria). Use `onPress`. */
export function Button({ variant = 'primary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={['sb-button', `sb-button--${variant}`, className].filter(Boolean).join(' ')} />;
}
