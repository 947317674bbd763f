package com.matchcast.ledger;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * The whole ledger, oldest first, as CSV or JSON, with each row's previous_hash and row_hash
 * so that anyone can check it ({@link LedgerVerifier}). Streamed row by row: the response never
 * holds the ledger in memory. Written as raw bytes so that no encoder re-formats a number.
 */
@RestController
public class LedgerExportController {

  private final R2dbcPredictionLedger ledger;

  public LedgerExportController(R2dbcPredictionLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping(path = "/ledger/export.csv", produces = "text/csv;charset=UTF-8")
  public Flux<DataBuffer> csv() {
    return Flux.concat(Flux.just(LedgerCsv.line(LedgerColumn.exportHeader())),
            ledger.entries().map(entry -> LedgerCsv.line(entry.exportCells())))
        .map(LedgerExportController::buffer);
  }

  @GetMapping(path = "/ledger/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public Flux<DataBuffer> json() {
    AtomicBoolean first = new AtomicBoolean(true);
    return Flux.concat(Flux.just("["),
            ledger.entries().map(entry -> (first.getAndSet(false) ? "\n" : ",\n") + LedgerJson.object(entry)),
            Flux.just("\n]\n"))
        .map(LedgerExportController::buffer);
  }

  private static DataBuffer buffer(String text) {
    return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
