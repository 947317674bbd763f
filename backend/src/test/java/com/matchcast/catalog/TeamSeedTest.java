package com.matchcast.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TeamSeedTest {

  private static final Set<String> SOURCES = Set.of("football-data", "api-football", "odds-api", "openfootball");

  private final List<TeamSeed.Row> rows = TeamSeed.load().rows();

  @Test
  void seedLoadsWithEveryFieldFilled() {
    assertThat(rows).hasSizeGreaterThan(500);
    assertThat(rows).allSatisfy(r -> {
      assertThat(List.of(r.country(), r.team(), r.source(), r.alias())).allSatisfy(f -> assertThat(f).isNotBlank());
      assertThat(SOURCES).contains(r.source());
    });
  }

  @Test
  void parserRejectsWrongHeaderColumnCountAndBlankFields() throws Exception {
    assertThatThrownBy(() -> parse("team,country,source,alias\n")).hasMessageContaining("header");
    assertThatThrownBy(() -> parse(TeamSeed.HEADER + "\nSpain,Betis,football-data\n")).hasMessageContaining("3 fields");
    assertThatThrownBy(() -> parse(TeamSeed.HEADER + "\nSpain,Betis,,Betis\n")).hasMessageContaining("blank");
    assertThat(parse(TeamSeed.HEADER + "\nSpain,Betis,football-data,Betis\n").rows())
        .containsExactly(new TeamSeed.Row("Spain", "Betis", "football-data", "Betis"));
  }

  @Test
  void everyCountryIsALeagueCountry() {
    Set<String> countries = LeagueCatalog.standard().all().stream().map(LeagueDefinition::country).collect(Collectors.toSet());
    assertThat(rows).extracting(TeamSeed.Row::country).allSatisfy(c -> assertThat(countries).contains(c));
  }

  @Test
  void everyClubHasItsOwnNameAsFootballDataAlias() {
    Set<String> selfAliased = rows.stream()
        .filter(r -> r.source().equals("football-data") && r.alias().equals(r.team()))
        .map(r -> r.country() + "/" + r.team()).collect(Collectors.toSet());
    assertThat(rows).extracting(r -> r.country() + "/" + r.team()).allSatisfy(t -> assertThat(selfAliased).contains(t));
  }

  @Test
  void noNormalizedAliasDenotesTwoClubsInACountry() {
    // The lookup falls back to any source, so a key must be unambiguous across sources, canonical names included.
    Map<String, Set<String>> clubsByKey = new HashMap<>();
    for (TeamSeed.Row r : rows) {
      clubsByKey.computeIfAbsent(r.country() + "/" + TeamNames.normalize(r.alias()), k -> new TreeSet<>()).add(r.team());
      clubsByKey.computeIfAbsent(r.country() + "/" + TeamNames.normalize(r.team()), k -> new TreeSet<>()).add(r.team());
    }
    assertThat(clubsByKey.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
  }

  @Test
  void noDuplicateRowPerSourceCountryAndNormalizedAlias() {
    Set<String> keys = new HashSet<>();
    assertThat(rows).allSatisfy(r ->
        assertThat(keys.add(r.source() + "/" + r.country() + "/" + TeamNames.normalize(r.alias()))).as(r.toString()).isTrue());
  }

  @Test
  void spellingVariantsResolveToOneClub() {
    assertThat(club("England", "Middlesboro")).isEqualTo("Middlesbrough").isEqualTo(club("England", "Middlesbrough"));
    assertThat(club("Greece", "Yiannina")).isEqualTo("Giannina");
    assertThat(club("Greece", "Kalithea")).isEqualTo(club("Greece", "Kallithea"));
    assertThat(club("Germany", "St. Pauli")).isEqualTo("St Pauli");
    assertThat(club("Germany", "Kaiserslautern ")).isEqualTo("Kaiserslautern");
    assertThat(club("Spain", "Atlético Madrid")).isEqualTo("Ath Madrid");
    assertThat(club("England", "Manchester United FC")).isEqualTo("Man United");
    assertThat(club("England", "Wolverhampton Wanderers")).isEqualTo("Wolves");
    assertThat(club("Spain", "Ciudad de Murcia")).isEqualTo("Granada 74");
  }

  @Test
  void differentClubsStayDifferent() {
    assertThat(club("Spain", "Villarreal B")).isNotEqualTo(club("Spain", "Villarreal"));
    assertThat(club("Spain", "Granada 74")).isNotEqualTo(club("Spain", "Granada"));
    assertThat(club("Spain", "Granada 74")).isNotEqualTo(club("Spain", "Murcia"));
    assertThat(club("Turkey", "Gaziantepspor")).isNotEqualTo(club("Turkey", "Gaziantep"));
    assertThat(club("Turkey", "Malatyaspor")).isNotEqualTo(club("Turkey", "Yeni Malatyaspor"));
    // Universidad de Las Palmas played Segunda in 2000-01 while UD Las Palmas played La Liga.
    assertThat(club("Spain", "U.Las Palmas")).isNotEqualTo(club("Spain", "Las Palmas"));
    // The RWDM of 2001-02 was dissolved in 2002; today's RWD Molenbeek is a club founded in 2015.
    assertThat(club("Belgium", "Molenbeek")).isNotEqualTo(club("Belgium", "RWD Molenbeek"));
  }

  private String club(String country, String name) {
    String key = TeamNames.normalize(name);
    Set<String> clubs = rows.stream()
        .filter(r -> r.country().equals(country) && TeamNames.normalize(r.alias()).equals(key))
        .map(TeamSeed.Row::team).collect(Collectors.toSet());
    assertThat(clubs).as("clubs for %s in %s", name, country).hasSize(1);
    return clubs.iterator().next();
  }

  private static TeamSeed parse(String csv) throws Exception {
    return TeamSeed.parse(new BufferedReader(new StringReader(csv)));
  }
}
