import { chooseLanguage, type Language, t } from "./i18n";
import { useLanguage } from "./useLanguage";

// Each language is named in itself, so a diner who can't read the current one still finds theirs.
const CHOICES: { language: Language; label: string; name: string }[] = [
  { language: "en", label: "EN", name: "English" },
  { language: "zh-CN", label: "中文", name: "中文" },
];

/** Two buttons, the current one pressed; the choice is remembered on this phone. */
export function LanguageSwitch() {
  const current = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.switchLabel")}</legend>
      {CHOICES.map(({ language, label, name }) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={current === language}
          aria-label={name}
          onClick={() => void chooseLanguage(language)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
