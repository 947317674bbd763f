package com.matchcast.ingest.footballdata;

import static com.matchcast.ingest.footballdata.FootballDataSamples.bytes;
import static com.matchcast.ingest.footballdata.FootballDataSamples.match;
import static com.matchcast.ingest.footballdata.FootballDataSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.Market;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** How bytes become text: encodings, byte order marks and line endings of the real files. */
class FootballDataEncodingTest {

  @Test
  void latin1FileIsReadWithItsAccentsAndQuotedCells() {
    SourceBatch batch = parse("D1_2001-2002_latin1.csv", "D1", "2001-2002");

    assertThat(batch.rejects()).isEmpty();
    assertThat(match(batch, "St Pauli").referee()).isEqualTo("Jürgen Aust");
    assertThat(match(batch, "Leverkusen").referee()).isEqualTo("Fleischer, H");
    assertThat(match(batch, "Leverkusen").attendance()).isEqualTo(22500);
  }

  @Test
  void latin1NoBreakSpaceBeforeTheRefereeIsTrimmed() {
    SourceBatch batch = parse("E0_2004-2005_latin1.csv", "E0", "2004-2005");

    assertThat(match(batch, "Aston Villa").referee()).isEqualTo("U Rennie");
    assertThat(match(batch, "Blackburn").referee()).isEqualTo("C Foy");
  }

  @Test
  void utf8ByteOrderMarkDoesNotHideTheDivColumn() {
    SourceBatch batch = parse("F2_2022-2023_bom.csv", "F2", "2022-2023");

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).extracting(m -> m.homeTeam()).containsExactly("Dijon", "Quevilly Rouen");
    assertThat(batch.records().get(0).leagueCode()).isEqualTo("F2");
  }

  @Test
  void byteOrderMarkThatPandasMisdecodedIsStrippedFromTheFirstHeader() {
    byte[] content = "\u00ef\u00bb\u00bfDiv,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR\nE1,07/08/21,Hull,Preston,0,0,D\n"
        .getBytes(StandardCharsets.UTF_8);

    SourceBatch batch = new FootballDataCsvParser().parse("E0/2021-2022.csv", content, "E0", "2021-2022");

    assertThat(batch.records()).isEmpty();
    assertThat(batch.rejects()).singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("division mismatch: file E0, row E1"));
  }

  @Test
  void misdecodedByteOrderMarkInAPandasFileStillLetsEachRowNameItsDivision() {
    SourceBatch batch = parse("E0_2021-2022_pandas.csv", null, "2021-2022");

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).extracting(m -> m.leagueCode()).containsExactly("E0", "E0");
  }

  @Test
  void crlfLineEndingsLeaveNoCarriageReturnInTheLastColumnOrTheRawLine() {
    SourceBatch batch = parse("E0_2023-2024_modern.csv", "E0", "2023-2024");

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).hasSize(4).allSatisfy(m -> assertThat(m.rawContent()).doesNotContain("\r"));
    assertThat(match(batch, "Burnley").odds()).filteredOn(q -> q.market() == Market.ASIAN_HANDICAP)
        .filteredOn(q -> q.bookmaker().equals("Market Average") && q.closing())
        .singleElement().satisfies(lastColumn -> assertThat(lastColumn.away()).isEqualByComparingTo("1.87"));
  }

  @Test
  void contentHashIsTheSha256OfTheRawBytes() throws Exception {
    byte[] content = bytes("G1_2000-2001_htat.csv");
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

    SourceBatch batch = new FootballDataCsvParser().parse("G1/2000-2001.csv", content, "G1", "2000-2001");

    assertThat(batch.contentHash()).isEqualTo(expected).hasSize(64);
    assertThat(batch.source()).isEqualTo("football-data");
    assertThat(batch.target()).isEqualTo("G1/2000-2001.csv");
  }

  @Test
  void contentWithoutAFootballDataHeaderIsRefused() {
    FootballDataCsvParser parser = new FootballDataCsvParser();
    byte[] html = "<html><body>Not found</body></html>\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse("E0/2023-2024.csv", html, "E0", "2023-2024"))
        .isInstanceOf(FootballDataFormatException.class).hasMessageContaining("E0/2023-2024.csv");
    assertThatThrownBy(() -> parser.parse("E0/2023-2024.csv", new byte[0], "E0", "2023-2024"))
        .isInstanceOf(FootballDataFormatException.class).hasMessageContaining("empty");
  }
}
