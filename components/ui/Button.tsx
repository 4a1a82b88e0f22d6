import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, Ref } from "react";

/** primary: the one thing the page is for; secondary: everything else; danger: loses work; quiet: beside a stronger action. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

interface Look {
  variant?: ButtonVariant;
  size?: "normal" | "small";
}

/** The class names of a button's look (button.css), for the rare element that is not a Button. */
export function buttonClassName({ variant = "secondary", size = "normal" }: Look, extra?: string): string {
  return ["button", variant !== "secondary" && `button--${variant}`, size === "small" && "button--small", extra].filter(Boolean).join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & Look & { ref?: Ref<HTMLButtonElement> };

/** A button; type="button" unless told otherwise, so it never submits a form by accident. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName({ variant, size }, className)} {...props} />;
}

/** A link that looks like a button: for going somewhere, where Button is for doing something. */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & Look) {
  return <Link className={buttonClassName({ variant, size }, className)} {...props} />;
}
