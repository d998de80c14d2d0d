package org.duibiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.duibiao.draft.RuleSetDrafter;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published schema (rulesets/ruleset.schema.json) says what the loader accepts: same keys, same files pass. */
class RuleSetSchemaTest {

  private static JsonNode schemaJson;
  private static JsonSchema schema;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @BeforeAll
  static void load() throws IOException {
    schemaJson = new ObjectMapper().readTree(Path.of("rulesets", "ruleset.schema.json").toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
  }

  private static Set<String> keys(JsonNode objectSchema) {
    Set<String> out = new HashSet<>();
    objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void schemaNamesTheKeysTheLoaderAccepts() {
    JsonNode defs = schemaJson.get("$defs");
    assertThat(keys(schemaJson)).isEqualTo(RuleSetLoader.TOP);
    assertThat(keys(defs.get("policy"))).isEqualTo(RuleSetLoader.POLICY);
    assertThat(keys(defs.get("measure"))).isEqualTo(RuleSetLoader.MEASURE);
    assertThat(keys(defs.get("source"))).isEqualTo(RuleSetLoader.SOURCE);
    assertThat(keys(defs.get("match"))).isEqualTo(RuleSetLoader.MATCH);
    assertThat(keys(defs.get("quantity"))).isEqualTo(RuleSetLoader.QUANTITY);
  }

  @Test
  void curatedRuleSetsConformToTheSchema() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("rulesets"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(files).hasSizeGreaterThanOrEqualTo(3);
      for (Path f : files) {
        Set<ValidationMessage> problems = schema.validate(YAML.readTree(f.toFile()));
        assertThat(problems).as(f.toString()).isEmpty();
      }
    }
  }

  @Test
  void aDraftedRuleSetConformsToTheSchema() throws Exception {
    Path seed = Path.of("corpus", "003_d2b43ff46ecd81fa.txt");
    PolicyDocument doc = DocumentStructurer.structure(new DocumentExtractor(IngestLimits.DEFAULT).extract(seed));
    String yaml = RuleSetWriter.yaml(RuleSetDrafter.draft(doc), "# drafted");
    assertThat(schema.validate(YAML.readTree(yaml))).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheLoaderRejects() throws IOException {
    String bad = """
        id: t
        measures:
          - id: M01
            source: {quote: 每年谈心谈话不少于2次}
            modality: required
            match: {all: [[谈心谈话]]}
            quantity: [{kind: frequency, cmp: at-least, value: 2}]
        """;
    Path f = Files.createTempFile("bad", ".yaml");
    try {
      Files.writeString(f, bad, StandardCharsets.UTF_8);
      assertThat(schema.validate(YAML.readTree(bad))).isNotEmpty();
      assertThat(RuleSetLoader.validate(f)).anySatisfy(p -> assertThat(p.message()).contains("modality"))
          .anySatisfy(p -> assertThat(p.message()).contains("unit"));
    } finally {
      Files.delete(f);
    }
  }
}
