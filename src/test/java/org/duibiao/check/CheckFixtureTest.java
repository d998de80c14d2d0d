package org.duibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.duibiao.cli.Run;
import org.duibiao.report.Json;
import org.junit.jupiter.api.Test;

/**
 * A small policy/plan pair written for the tests (src/test/resources/check): the JSON report is compared byte for
 * byte with {@code report.golden.json}, a second run must print the same bytes, and each measure's verdict is what
 * the fixture was written to show. Regenerate with {@code -Dduibiao.updateGolden=true} and read the diff.
 */
class CheckFixtureTest {

  private static final Path DIR = Path.of("src/test/resources/check");
  private static final Path GOLDEN = DIR.resolve("report.golden.json");

  private static Run check(String... extra) {
    String[] base = {"check", "--policy", DIR.resolve("policy.txt").toString(), "--plan",
        DIR.resolve("plan.txt").toString(), "--ruleset", DIR.resolve("ruleset.yaml").toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Run.of(args);
  }

  @Test
  void reportMatchesGoldenAndIsDeterministic() throws IOException {
    Run first = check("--format", "json");
    assertThat(first.exit()).as(first.err()).isEqualTo(1); // gaps found
    if (Boolean.getBoolean("duibiao.updateGolden")) {
      Files.writeString(GOLDEN, first.out(), StandardCharsets.UTF_8);
    }
    assertThat(first.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(check("--format", "json").out()).isEqualTo(first.out());
  }

  @Test
  void eachMeasureGetsTheVerdictTheFixtureWasWrittenFor() throws IOException {
    JsonNode report = Json.MAPPER.readTree(check("--format", "json").out());
    Map<String, String> status = new HashMap<>();
    Map<String, String> reason = new HashMap<>();
    for (JsonNode r : report.get("requirements")) {
      status.put(r.get("id").asText(), r.get("status").asText());
      reason.put(r.get("id").asText(), r.get("reason").asText());
    }
    assertThat(status).containsEntry("M01", "partial"); // 每年1次 against 不少于2次
    assertThat(reason.get("M01")).contains("每年1次", "不少于2次");
    assertThat(status).containsEntry("M02", "partial"); // only 乡镇（街道）, not 重点项目一线 or 信访窗口
    assertThat(reason.get("M02")).contains("重点项目一线", "信访窗口");
    assertThat(status).containsEntry("M03", "covered"); // 6个月 meets 不少于6个月
    assertThat(status).containsEntry("M04", "covered"); // 主要负责同志 for 主要负责人
    assertThat(status).containsEntry("M05", "partial"); // 原则上 for 必须
    assertThat(status).containsEntry("M06", "missing"); // only a past activity
    assertThat(reason.get("M06")).contains("去年");
    assertThat(status).containsEntry("M07", "missing"); // the 市委组织部's own task
    JsonNode summary = report.get("summary");
    assertThat(summary.get("total").asInt()).isEqualTo(7);
    assertThat(summary.get("covered").asInt() + summary.get("partial").asInt() + summary.get("missing").asInt())
        .isEqualTo(7);
  }

  @Test
  void evidenceIsQuotedVerbatimFromThePlanAtItsOffsets() throws IOException {
    String plan = Files.readString(DIR.resolve("plan.txt"), StandardCharsets.UTF_8);
    JsonNode report = Json.MAPPER.readTree(check("--format", "json").out());
    int quotes = 0;
    for (JsonNode r : report.get("requirements")) {
      for (JsonNode e : r.get("evidence")) {
        assertThat(plan.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("quote").asText());
        quotes++;
      }
    }
    assertThat(quotes).isGreaterThanOrEqualTo(5);
  }

  @Test
  void textAndMarkdownReportsNameEveryMeasure() {
    String text = check("--format", "text").out();
    String md = check("--format", "md").out();
    for (String id : new String[] {"M01", "M04", "M07"}) {
      assertThat(text).contains(id);
      assertThat(md).contains("| " + id + " |");
    }
    assertThat(md).startsWith("# 对标检查报告");
  }
}
