package com.matchcast.matchdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeasonCodesTest {

  @Test
  void julyOpensANewSeason() {
    assertThat(SeasonCodes.seasonOf(LocalDate.of(2023, 7, 1))).isEqualTo("2023-2024");
    assertThat(SeasonCodes.seasonOf(LocalDate.of(2024, 6, 30))).isEqualTo("2023-2024");
    assertThat(SeasonCodes.seasonOf(LocalDate.of(2024, 5, 19))).isEqualTo("2023-2024");
    assertThat(SeasonCodes.seasonOf(LocalDate.of(2000, 7, 28))).isEqualTo("2000-2001");
  }

  @Test
  void aSeasonRunsFromJulyToJune() {
    assertThat(SeasonCodes.startOf("2023-2024")).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(SeasonCodes.endOf("2023-2024")).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void matchesAreAcceptedUntilTheEndOfAugustForTheCovidSeason() {
    assertThat(SeasonCodes.contains("2019-2020", LocalDate.of(2020, 8, 2))).isTrue();
    assertThat(SeasonCodes.contains("2019-2020", LocalDate.of(2019, 7, 1))).isTrue();
    assertThat(SeasonCodes.contains("2019-2020", LocalDate.of(2020, 9, 1))).isFalse();
    assertThat(SeasonCodes.contains("2019-2020", LocalDate.of(2019, 6, 30))).isFalse();
  }

  @Test
  void shortCodesAreFootballDataUrlCodes() {
    assertThat(SeasonCodes.fromShort("2324")).isEqualTo("2023-2024");
    assertThat(SeasonCodes.fromShort("0001")).isEqualTo("2000-2001");
    assertThat(SeasonCodes.fromShort("9900")).isEqualTo("1999-2000");
    assertThat(SeasonCodes.toShort("2023-2024")).isEqualTo("2324");
    assertThat(SeasonCodes.toShort("1999-2000")).isEqualTo("9900");
  }

  @Test
  void malformedCodesAreRefusedWithTheOffendingValue() {
    assertThat(SeasonCodes.isValid("2023-2024")).isTrue();
    assertThat(SeasonCodes.isValid("2023-2025")).isFalse();
    assertThat(SeasonCodes.isValid("2023/2024")).isFalse();
    assertThatThrownBy(() -> SeasonCodes.startOf("23-24")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("23-24");
    assertThatThrownBy(() -> SeasonCodes.requireValid(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeasonCodes.fromShort("2325")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2325");
    assertThatThrownBy(() -> SeasonCodes.fromShort("23a4")).isInstanceOf(IllegalArgumentException.class);
  }
}
