import { kitchenContract as contract } from "@tabletap/shared";
import { documented, error, paths, requires } from "../../http/openapi-parts.js";

const noStation = error("No such station in this shop");

export const stationPaths = paths(
  documented(contract.listStations, {
    ...requires("board.use"),
    summary: "The shop's kitchen stations, each with the dishes routed to it",
    success: "Stations in order; dishes routed nowhere go to the default one",
  }),
  documented(contract.createStation, {
    ...requires("menu.edit"),
    summary: "Add a station (the shop's first one becomes the default)",
    success: "The new station",
    responses: { "400": error("A missing or too long name, or unknown fields") },
  }),
  documented(contract.updateStation, {
    ...requires("menu.edit"),
    summary: "Rename a station, or make it the default",
    success: "The station",
    responses: { "400": error("A missing or too long name, or unknown fields"), "404": noStation },
  }),
  documented(contract.deleteStation, {
    ...requires("menu.edit"),
    summary: "Remove a station; its dishes go back to the default, placed orders keep naming it",
    success: "The stations left",
    responses: {
      "404": noStation,
      "409": error("The default station while others exist (`station_is_default`)"),
    },
  }),
  documented(contract.routeStationItems, {
    ...requires("menu.edit"),
    summary: "Route exactly these dishes to the station (dishes left out go back to the default)",
    success: "The station with its dishes",
    responses: {
      "400": error("Not a list of dish ids, or more than 500"),
      "404": noStation,
      "422": error("A dish that is not on this shop's menu (`unknown_item`)"),
    },
  }),
);
