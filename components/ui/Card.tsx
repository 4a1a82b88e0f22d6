import type { ReactNode } from "react";

interface CardProps {
  /** li inside a card list (CardList), section or article elsewhere. */
  as?: "li" | "section" | "article" | "div";
  className?: string;
  "aria-labelledby"?: string;
  children: ReactNode;
}

/** A surface that groups one thing: an assignment, a class, an article (card.css). */
export function Card({ as: Element = "div", className, children, ...rest }: CardProps) {
  return (
    <Element className={className ? `card ${className}` : "card"} {...rest}>
      {children}
    </Element>
  );
}

/** A list of cards, spaced as a grid. */
export function CardList({ children, "aria-label": label }: { children: ReactNode; "aria-label"?: string }) {
  return (
    <ul className="card-list" aria-label={label}>
      {children}
    </ul>
  );
}
