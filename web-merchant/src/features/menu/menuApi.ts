import {
  apiErrorSchema,
  type CategoryCreateRequest,
  type CategoryUpdateRequest,
  createdSchema,
  type ItemCreateRequest,
  type ItemUpdateRequest,
  type MerchantMenu,
  merchantMenuSchema,
  type OptionCreateRequest,
  type OptionGroupCreateRequest,
  type OptionGroupUpdateRequest,
  type OptionUpdateRequest,
} from "@tabletap/shared";
import { type ApiResult, type Method, request, sendOnly } from "../../lib/api";

const base = "/api/merchant/menu";
const id = (value: string) => encodeURIComponent(value);
const create = (path: string, body: unknown): Promise<ApiResult<{ id: string }>> =>
  request(path, createdSchema, { method: "POST", body });
const change = (method: Method, path: string, body?: unknown) => sendOnly(path, method, body);

/** Every call the menu screens make; each answers a value, never throws (see lib/api). */
export const menuApi = {
  menu: (): Promise<ApiResult<MerchantMenu>> => request(base, merchantMenuSchema),

  addCategory: (body: CategoryCreateRequest) => create(`${base}/categories`, body),
  changeCategory: (categoryId: string, body: CategoryUpdateRequest) =>
    change("PATCH", `${base}/categories/${id(categoryId)}`, body),
  deleteCategory: (categoryId: string) => change("DELETE", `${base}/categories/${id(categoryId)}`),

  addItem: (body: ItemCreateRequest) => create(`${base}/items`, body),
  changeItem: (itemId: string, body: ItemUpdateRequest) =>
    change("PATCH", `${base}/items/${id(itemId)}`, body),
  deleteItem: (itemId: string) => change("DELETE", `${base}/items/${id(itemId)}`),
  setSoldOut: (itemId: string, soldOut: boolean) =>
    change("POST", `${base}/items/${id(itemId)}/sold-out`, { soldOut }),

  uploadPhoto: (itemId: string, file: File) => uploadPhoto(`${base}/items/${id(itemId)}/photo`, file),
  removePhoto: (itemId: string) => change("DELETE", `${base}/items/${id(itemId)}/photo`),

  addGroup: (itemId: string, body: OptionGroupCreateRequest) =>
    create(`${base}/items/${id(itemId)}/option-groups`, body),
  changeGroup: (groupId: string, body: OptionGroupUpdateRequest) =>
    change("PATCH", `${base}/option-groups/${id(groupId)}`, body),
  deleteGroup: (groupId: string) => change("DELETE", `${base}/option-groups/${id(groupId)}`),

  addOption: (groupId: string, body: OptionCreateRequest) =>
    create(`${base}/option-groups/${id(groupId)}/options`, body),
  changeOption: (optionId: string, body: OptionUpdateRequest) =>
    change("PATCH", `${base}/options/${id(optionId)}`, body),
  deleteOption: (optionId: string) => change("DELETE", `${base}/options/${id(optionId)}`),
};

/** The file itself is the body (not JSON); the server looks at its bytes to decide what it is. */
async function uploadPhoto(path: string, file: File): Promise<ApiResult<null>> {
  try {
    const response = await fetch(path, {
      method: "PUT",
      headers: { Accept: "application/json", "Content-Type": file.type || "application/octet-stream" },
      credentials: "same-origin",
      body: file,
    });
    if (response.ok) return { ok: true, data: null };
    const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
    const message = parsed.success ? parsed.data.error.message : `The server answered ${response.status}.`;
    return {
      ok: false,
      error: {
        status: response.status,
        code: parsed.success ? parsed.data.error.code : "bad_response",
        message,
      },
    };
  } catch {
    return {
      ok: false,
      error: {
        status: 0,
        code: "network",
        message: "Can't reach the server. Check the connection and try again.",
      },
    };
  }
}
