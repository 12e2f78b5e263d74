import type { Route, TypesOf } from "../http/route.js";
import type { menuSchemas } from "./contract.js";

// The menu: a table's menu for its diners, and the console's editor.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof menuSchemas, Body = TypesOf<(typeof menuSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof menuSchemas)[Id], Body>
>;

export const getTableMenu: R<"getTableMenu"> = {
  operationId: "getTableMenu",
  method: "GET",
  path: "/api/tables/{token}",
  status: 200,
};
export const getMerchantMenu: R<"getMerchantMenu"> = {
  operationId: "getMerchantMenu",
  method: "GET",
  path: "/api/merchant/menu",
  status: 200,
};
export const previewMenu: R<"previewMenu"> = {
  operationId: "previewMenu",
  method: "GET",
  path: "/api/merchant/menu/preview",
  status: 200,
};
export const setTranslations: R<"setTranslations"> = {
  operationId: "setTranslations",
  method: "PUT",
  path: "/api/merchant/menu/translations/{id}",
  status: 204,
};
export const createCategory: R<"createCategory"> = {
  operationId: "createCategory",
  method: "POST",
  path: "/api/merchant/menu/categories",
  status: 201,
};
export const updateCategory: R<"updateCategory"> = {
  operationId: "updateCategory",
  method: "PATCH",
  path: "/api/merchant/menu/categories/{id}",
  status: 204,
};
export const deleteCategory: R<"deleteCategory"> = {
  operationId: "deleteCategory",
  method: "DELETE",
  path: "/api/merchant/menu/categories/{id}",
  status: 204,
};
export const createItem: R<"createItem"> = {
  operationId: "createItem",
  method: "POST",
  path: "/api/merchant/menu/items",
  status: 201,
};
export const updateItem: R<"updateItem"> = {
  operationId: "updateItem",
  method: "PATCH",
  path: "/api/merchant/menu/items/{id}",
  status: 204,
};
export const deleteItem: R<"deleteItem"> = {
  operationId: "deleteItem",
  method: "DELETE",
  path: "/api/merchant/menu/items/{id}",
  status: 204,
};
export const setItemSoldOut: R<"setItemSoldOut"> = {
  operationId: "setItemSoldOut",
  method: "POST",
  path: "/api/merchant/menu/items/{id}/sold-out",
  status: 204,
};
export const uploadItemPhoto: R<"uploadItemPhoto", Blob> = {
  operationId: "uploadItemPhoto",
  method: "PUT",
  path: "/api/merchant/menu/items/{id}/photo",
  status: 200,
};
export const deleteItemPhoto: R<"deleteItemPhoto"> = {
  operationId: "deleteItemPhoto",
  method: "DELETE",
  path: "/api/merchant/menu/items/{id}/photo",
  status: 204,
};
export const createOptionGroup: R<"createOptionGroup"> = {
  operationId: "createOptionGroup",
  method: "POST",
  path: "/api/merchant/menu/items/{id}/option-groups",
  status: 201,
};
export const updateOptionGroup: R<"updateOptionGroup"> = {
  operationId: "updateOptionGroup",
  method: "PATCH",
  path: "/api/merchant/menu/option-groups/{id}",
  status: 204,
};
export const deleteOptionGroup: R<"deleteOptionGroup"> = {
  operationId: "deleteOptionGroup",
  method: "DELETE",
  path: "/api/merchant/menu/option-groups/{id}",
  status: 204,
};
export const createOption: R<"createOption"> = {
  operationId: "createOption",
  method: "POST",
  path: "/api/merchant/menu/option-groups/{id}/options",
  status: 201,
};
export const updateOption: R<"updateOption"> = {
  operationId: "updateOption",
  method: "PATCH",
  path: "/api/merchant/menu/options/{id}",
  status: 204,
};
export const deleteOption: R<"deleteOption"> = {
  operationId: "deleteOption",
  method: "DELETE",
  path: "/api/merchant/menu/options/{id}",
  status: 204,
};
