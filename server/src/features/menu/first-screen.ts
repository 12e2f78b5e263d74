import {
  dietaryIcons,
  formatMoney,
  type MenuCategory,
  type MenuItem,
  type TableMenu,
  type TableTab,
} from "@tabletap/shared";
import { escapeHtml as h } from "../../http/html.js";
import type { FirstScreenText } from "./first-screen-words.js";

/*
 * The menu page's first screen as the diner app draws it (web-customer/src/features/menu: MenuHeader,
 * LanguageSwitch, TabButton, CallStaffButton, CategoryNav, MenuFilters, MenuSections, MenuItemCard, DietaryBadges), with the same elements and classes, so it paints
 * from the page's own HTML and inline styles and nothing moves when the app replaces it. Everything the shop
 * typed (names, descriptions, labels) is escaped. Test ids are left to the app: they mark what it drew.
 */

const LANGUAGE_CHOICES = [
  { language: "en", label: "EN", name: "English" },
  { language: "zh-CN", label: "中文", name: "中文" },
] as const;

const svg = (path: string) =>
  `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" aria-hidden="true"><path d="${path}"></path></svg>`;
const plusIcon = svg("M12 5v14M5 12h14");
const starIcon = svg("m12 3 2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z");

const sectionId = (categoryId: string) => `category-${categoryId}`;

/** The page's title as the app sets it. */
export const menuTitle = (menu: TableMenu) => `${menu.shop.name} · TableTap`;

export function renderFirstScreen(menu: TableMenu, text: FirstScreenText, tab?: TableTab): string {
  const label =
    menu.table.kind === "counter"
      ? text.t("menu.counterLabel", { label: menu.table.label })
      : text.t("menu.tableLabel", { label: menu.table.label });
  const switchButtons = LANGUAGE_CHOICES.map(
    ({ language, label: short, name }) =>
      `<button type="button" lang="${language}" class="language-switch__option" aria-pressed="${language === text.language}" aria-label="${name}">${short}</button>`,
  ).join("");
  const header =
    `<header class="menu-header"><div class="menu-header__top"><p class="menu-header__eyebrow">${h(label)}</p>` +
    `<fieldset class="language-switch"><legend class="visually-hidden">${h(text.t("language.switchLabel"))}</legend>${switchButtons}</fieldset></div>` +
    `<h1 class="menu-header__title">${h(menu.shop.name)}</h1>` +
    `<p class="menu-header__hint">${h(text.t(`menu.headerHint.${menu.shop.paymentMode}`))}</p></header>`;
  const atTable = menu.table.kind === "table" ? `${tabButton(menu, text, tab)}${callStaffButton(text)}` : "";
  return `<div class="menu-page">${header}${atTable}${categoryNav(menu.categories, text)}${filters(text)}${sections(menu, text)}</div>`;
}

/** The open tab's rounds and total, once the table has ordered. */
function tabButton(menu: TableMenu, text: FirstScreenText, tab: TableTab | undefined): string {
  if (!tab?.open || tab.rounds.length === 0) return "";
  const total = formatMoney(tab.total, menu.shop.currency, menu.shop.locale);
  return (
    `<button type="button" class="tab-button"><span class="tab-button__label">${h(text.t("tab.button"))}</span>` +
    `<span class="tab-button__meta">${h(text.t("tab.rounds", { count: tab.rounds.length }))} · ${h(total)}</span></button>`
  );
}

/** The button the app opens its call-staff sheet with; a table's calls appear beside it once the app runs. */
const callStaffButton = (text: FirstScreenText) =>
  `<div class="call-staff"><button type="button" class="call-staff__button"><span aria-hidden="true" class="call-staff__bell"></span>${h(text.t("callStaff.button"))}</button></div>`;

function categoryNav(categories: readonly MenuCategory[], text: FirstScreenText): string {
  if (categories.length < 2) return "";
  const chips = categories.map(
    (category, index) =>
      `<a href="#${h(sectionId(category.id))}" class="chip" data-category="${h(category.id)}"${index === 0 ? ' aria-current="true"' : ""}>${h(category.name)}</a>`,
  );
  return `<nav class="category-nav" aria-label="${h(text.t("menu.categories"))}"><div class="category-nav__list">${chips.join("")}</div></nav>`;
}

/** The search box and the allergen filter, closed and empty as the app starts them. */
const filters = (text: FirstScreenText) =>
  `<div class="menu-filters"><label class="menu-filters__search"><span class="visually-hidden">${h(text.t("menu.search"))}</span>` +
  `<input type="search" class="field__input" placeholder="${h(text.t("menu.search"))}" value=""></label>` +
  `<details class="menu-filters__avoid"><summary>${h(text.t("menu.avoid"))}</summary></details></div>`;

function sections(menu: TableMenu, text: FirstScreenText): string {
  const visible = menu.categories.filter((category) => category.items.length > 0);
  if (visible.length === 0) {
    return `<main class="menu-sections"><p class="empty-hint">${h(text.t("menu.empty"))}</p></main>`;
  }
  const body = visible.map((category) => {
    const id = h(sectionId(category.id));
    const items = category.items.map((item) => `<li>${itemCard(item, menu, text)}</li>`).join("");
    return (
      `<section id="${id}" class="menu-section" aria-labelledby="${id}-title">` +
      `<h2 id="${id}-title" class="menu-section__title"${langAttribute(category.lang)}>${h(category.name)}</h2>` +
      `<ul class="menu-section__items">${items}</ul></section>`
    );
  });
  return `<main class="menu-sections">${body.join("")}</main>`;
}

function itemCard(item: MenuItem, menu: TableMenu, text: FirstScreenText): string {
  const photo = item.photo
    ? `<img class="item-card__photo" src="${h(item.photo.url)}" width="${item.photo.width}" height="${item.photo.height}" loading="lazy" decoding="async" alt="">`
    : "";
  const price = formatMoney(item.price, menu.shop.currency, menu.shop.locale);
  const rating = item.rating ? ratingBadge(item.rating.average, item.rating.count, text) : "";
  const closed = item.soldOut || item.availableFrom !== undefined;
  const end = item.soldOut
    ? `<span class="item-card__sold-out">${h(text.t("menu.soldOut"))}</span>`
    : item.availableFrom
      ? `<span class="item-card__sold-out item-card__from">${h(text.t("menu.availableFrom", { time: item.availableFrom }))}</span>`
      : `<span class="item-card__add" aria-hidden="true">${plusIcon}</span>`;
  return (
    `<button type="button" class="item-card"${closed ? ' disabled="" aria-disabled="true"' : ""}>${photo}` +
    `<span class="item-card__text"><span class="item-card__name"${langAttribute(item.lang)}>${h(item.name)}</span>` +
    (item.description ? `<span class="item-card__description">${h(item.description)}</span>` : "") +
    dietaryBadges(item, text) +
    `<span class="item-card__footer"><span class="item-card__price">${h(price)}</span>${rating}</span></span>` +
    `${end}</button>`
  );
}

function ratingBadge(average: number, count: number, text: FirstScreenText): string {
  const shown = average.toFixed(1);
  return (
    `<span class="item-card__rating">${starIcon}<span aria-hidden="true">${h(text.t("menu.rating", { average: shown, count }))}</span>` +
    `<span class="visually-hidden">${h(text.t("menu.ratingLabel", { average: shown, count }))}</span></span>`
  );
}

const langAttribute = (lang: string | undefined) => (lang ? ` lang="${h(lang)}"` : "");

const badge = (className: string, code: string, icon: string, word: string) =>
  `<span class="${className}" data-code="${code}"><span aria-hidden="true">${icon}</span>${h(word)}</span>`;

/** What the shop stated a dish is and contains, as DietaryBadges draws it. */
function dietaryBadges(item: MenuItem, text: FirstScreenText): string {
  const diet = item.diet ?? [];
  const allergens = item.allergens ?? [];
  const spicy = item.spicy ?? 0;
  if (diet.length === 0 && allergens.length === 0 && spicy === 0) return "";
  const tags = diet.map((tag) =>
    badge("dietary__tag", tag, dietaryIcons[tag], text.t(`menu.dietary.${tag}`)),
  );
  if (spicy > 0) {
    tags.push(
      badge(
        "dietary__tag",
        "spicy",
        dietaryIcons.spicy.repeat(spicy),
        text.t("menu.spicyLevel", { level: spicy }),
      ),
    );
  }
  const contains =
    allergens.length > 0
      ? `<span class="dietary__allergens"><span class="dietary__label">${h(text.t("menu.contains"))}</span>` +
        allergens
          .map((code) => badge("dietary__allergen", code, dietaryIcons[code], text.t(`menu.dietary.${code}`)))
          .join("") +
        "</span>"
      : "";
  return `<span class="dietary">${tags.join("")}${contains}</span>`;
}
