import { MENU_PHOTO_MAX_BYTES, type MerchantMenuItem } from "@tabletap/shared";
import { type ChangeEvent, useState } from "react";
import { menuApi } from "./menuApi";
import type { MerchantMenuState } from "./useMerchantMenu";

const limit = `${MENU_PHOTO_MAX_BYTES / (1024 * 1024)} MB`;

/** The item's photo: a preview, "Choose photo" (camera or files on a tablet) and "Remove". */
export function PhotoField({ item, menu }: { item: MerchantMenuItem; menu: MerchantMenuState }) {
  const [uploading, setUploading] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setUploading(true);
    await menu.run(() => menuApi.uploadPhoto(item.id, file));
    setUploading(false);
  };

  return (
    <section className="item-section" aria-label="Photo">
      <h3>Photo</h3>
      <div className="photo-field">
        {item.photo ? (
          <img
            className="photo-field__preview"
            src={item.photo.url}
            alt={item.name}
            width={120}
            height={120}
          />
        ) : (
          <span className="photo-field__preview photo-field__preview--empty">No photo</span>
        )}
        <div className="photo-field__actions">
          <label className={`button${menu.busy ? " is-disabled" : ""}`}>
            {uploading ? "Uploading…" : item.photo ? "Replace photo" : "Choose photo"}
            <input
              className="visually-hidden"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
              disabled={menu.busy}
              onChange={(event) => void choose(event)}
            />
          </label>
          {item.photo ? (
            <button
              type="button"
              className="button button-quiet"
              disabled={menu.busy}
              onClick={() => void menu.run(() => menuApi.removePhoto(item.id))}
            >
              Remove
            </button>
          ) : null}
          <small className="menu-field__hint">JPEG, PNG or WebP up to {limit}.</small>
        </div>
      </div>
    </section>
  );
}
