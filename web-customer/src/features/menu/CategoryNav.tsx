import type { MenuCategory } from "@tabletap/shared";
import { useEffect, useRef, useState } from "react";
import { t } from "../language/i18n";
import { sectionId } from "./menuIndex";

/** How far below the viewport top a section counts as "the one being read" (the sticky nav sits there). */
const READING_LINE_PX = 96;

/** The current category: the last section whose top has scrolled above the reading line. */
function currentCategory(categories: readonly MenuCategory[]): string | undefined {
  // A short last section can never reach the top; at the bottom of the page it is the one being read.
  const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
  if (atBottom) return categories.at(-1)?.id;
  let current = categories[0]?.id;
  for (const category of categories) {
    const section = document.getElementById(sectionId(category.id));
    if (section && section.getBoundingClientRect().top <= READING_LINE_PX) current = category.id;
  }
  return current;
}

/** Sticky category chips: tap to jump to a section; the chip follows the section being read. */
export function CategoryNav({ categories }: { categories: readonly MenuCategory[] }) {
  const [active, setActive] = useState(categories[0]?.id);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setActive(currentCategory(categories)));
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame);
    };
  }, [categories]);

  // Keep the active chip in view when the list is wider than the phone. The list starts scrolled to its
  // first chip, the one active at first, so nothing is measured (a forced layout) until another is.
  const shown = useRef(active);
  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    const list = listRef.current;
    const chips = list ? Array.from(list.querySelectorAll<HTMLElement>("[data-category]")) : [];
    const chip = chips.find((candidate) => candidate.dataset.category === active);
    if (!list || !chip) return;
    const left = chip.offsetLeft - (list.clientWidth - chip.offsetWidth) / 2;
    list.scrollTo({ left: Math.max(0, left) });
  }, [active]);

  if (categories.length < 2) return null;
  return (
    <nav className="category-nav" aria-label={t("menu.categories")}>
      <div className="category-nav__list" ref={listRef}>
        {categories.map((category) => (
          <a
            key={category.id}
            href={`#${sectionId(category.id)}`}
            className="chip"
            data-category={category.id}
            aria-current={category.id === active ? "true" : undefined}
            onClick={(event) => {
              event.preventDefault();
              // Scrolling honours `scroll-behavior` in CSS, which is off for reduced-motion users.
              document.getElementById(sectionId(category.id))?.scrollIntoView({ block: "start" });
              setActive(category.id);
            }}
          >
            {category.name}
          </a>
        ))}
      </div>
    </nav>
  );
}
