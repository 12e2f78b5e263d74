import {
  type CategoryCreateRequest,
  type CategoryUpdateRequest,
  type ItemCreateRequest,
  type ItemUpdateRequest,
  menuRoutes,
  type OptionCreateRequest,
  type OptionGroupCreateRequest,
  type OptionGroupUpdateRequest,
  type OptionUpdateRequest,
  type TranslationsRequest,
} from "@tabletap/shared";
import { call } from "../../lib/api";

/** Every call the menu screens make; each answers a value, never throws (see lib/api). */
export const menuApi = {
  menu: () => call(menuRoutes.getMerchantMenu, {}),

  addCategory: (body: CategoryCreateRequest) => call(menuRoutes.createCategory, { body }),
  changeCategory: (id: string, body: CategoryUpdateRequest) =>
    call(menuRoutes.updateCategory, { params: { id }, body }),
  deleteCategory: (id: string) => call(menuRoutes.deleteCategory, { params: { id } }),

  addItem: (body: ItemCreateRequest) => call(menuRoutes.createItem, { body }),
  changeItem: (id: string, body: ItemUpdateRequest) => call(menuRoutes.updateItem, { params: { id }, body }),
  deleteItem: (id: string) => call(menuRoutes.deleteItem, { params: { id } }),
  setSoldOut: (id: string, soldOut: boolean) =>
    call(menuRoutes.setItemSoldOut, { params: { id }, body: { soldOut } }),

  /** The file itself is the body (not JSON); the server looks at its bytes to decide what it is. */
  uploadPhoto: (id: string, file: File) => call(menuRoutes.uploadItemPhoto, { params: { id }, body: file }),
  removePhoto: (id: string) => call(menuRoutes.deleteItemPhoto, { params: { id } }),

  addGroup: (id: string, body: OptionGroupCreateRequest) =>
    call(menuRoutes.createOptionGroup, { params: { id }, body }),
  changeGroup: (id: string, body: OptionGroupUpdateRequest) =>
    call(menuRoutes.updateOptionGroup, { params: { id }, body }),
  deleteGroup: (id: string) => call(menuRoutes.deleteOptionGroup, { params: { id } }),

  addOption: (id: string, body: OptionCreateRequest) =>
    call(menuRoutes.createOption, { params: { id }, body }),
  changeOption: (id: string, body: OptionUpdateRequest) =>
    call(menuRoutes.updateOption, { params: { id }, body }),
  deleteOption: (id: string) => call(menuRoutes.deleteOption, { params: { id } }),

  setTranslations: (id: string, body: TranslationsRequest) =>
    call(menuRoutes.setTranslations, { params: { id }, body }),
};
