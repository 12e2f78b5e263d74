import { useId, useState } from "react";
import { t } from "../language/i18n";

interface NicknameFieldProps {
  nickname: string;
  tableLabel: string;
  onChange: (name: string) => void;
}

/** Top of a table's cart: who shares it, and the name this phone's lines show, changeable in place. */
export function NicknameField({ nickname, tableLabel, onChange }: NicknameFieldProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(nickname);
  const inputId = useId();

  return (
    <div className="shared-cart-intro" data-testid="shared-cart-intro">
      <p className="shared-cart-intro__hint">{t("tableCart.sharedHint", { table: tableLabel })}</p>
      {editing ? (
        <form
          className="nickname-form"
          onSubmit={(event) => {
            event.preventDefault();
            onChange(draft);
            setEditing(false);
          }}
        >
          <label className="field__label" htmlFor={inputId}>
            {t("tableCart.nicknameLabel")}
          </label>
          <div className="nickname-form__row">
            <input
              id={inputId}
              className="field__input"
              value={draft}
              maxLength={24}
              autoComplete="nickname"
              data-testid="nickname-input"
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit" className="secondary-button nickname-form__save">
              {t("tableCart.save")}
            </button>
          </div>
          <p className="field__hint">{t("tableCart.nicknameHint")}</p>
        </form>
      ) : (
        <p className="shared-cart-intro__name">
          {t("tableCart.orderingAs")} <strong data-testid="nickname">{nickname}</strong>
          <button
            type="button"
            className="text-button"
            data-testid="change-nickname"
            onClick={() => {
              setDraft(nickname);
              setEditing(true);
            }}
          >
            {t("tableCart.change")}
          </button>
        </p>
      )}
    </div>
  );
}
