import type { BoardPage } from "./board-page.js";

/** A board set to one station (the bar's tablet): its picker and the station's bump on each card. */
export class StationTablet {
  constructor(readonly board: BoardPage) {}

  async become(stationName: string) {
    const picker = this.board.page.getByTestId("station-picker");
    await picker.waitFor();
    await picker.selectOption({ label: stationName });
  }

  /** The dish names a card shows. */
  dishes(orderId: string) {
    return this.board.card(orderId).locator(".order-lines .line-main").allInnerTexts();
  }

  async done(orderId: string, stationName: string) {
    await this.board
      .card(orderId)
      .getByRole("button", { name: `${stationName} done` })
      .click();
  }
}
